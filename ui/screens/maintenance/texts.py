"""Names the maintenance screen shows for the codes kiosk_app records (translated at call time,
so a language switch takes effect on the next render)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Maintenance", text)


def pages() -> dict[str, str]:
    return {
        "health": _t("设备状态"),
        "consumables": _t("耗材"),
        "selftest": _t("自检"),
        "faults": _t("运维台账"),
        "inspection": _t("巡检"),
        "catalogue": _t("事项管理"),
        "hours": _t("服务时间"),
        "backups": _t("备份"),
        "report": _t("周报"),
        "followups": _t("差评回访"),
    }


def devices() -> dict[str, str]:
    return {
        "card_reader": _t("身份证阅读器"),
        "camera": _t("摄像头"),
        "receipt_printer": _t("凭条打印机"),
        "a4_printer": _t("A4打印机"),
        "scanner": _t("扫描仪"),
        "host": _t("主机"),
        "client": _t("客户端软件"),
        "network": _t("网络"),
        "power": _t("电源"),
    }


def states() -> dict[str, str]:
    return {
        "online": _t("正常"),
        "offline": _t("离线"),
        "busy": _t("忙"),
        "hardware_error": _t("硬件故障"),
        "user_error": _t("操作错误"),
    }


def media() -> dict[str, str]:
    return {
        "ok": _t("充足"),
        "low": _t("偏少"),
        "out": _t("缺纸"),
        "jammed": _t("卡纸"),
        "not_applicable": "—",
    }


def consumables() -> dict[str, str]:
    return {"receipt_paper": _t("凭条纸"), "a4_paper": _t("A4纸"), "toner": _t("硒鼓/墨粉")}


def categories() -> dict[str, str]:
    return {"hardware": _t("硬件"), "software": _t("软件"), "network": _t("网络")}


def severities() -> dict[str, str]:
    return {"minor": _t("一般"), "severe": _t("严重")}


def faults() -> dict[str, str]:
    """Appendix A, table A.1, in the standard's words."""
    return {
        "out_of_paper": _t("机器缺纸"),
        "ups_weak": _t("供电UPS续航能力弱"),
        "blue_screen": _t("蓝屏、白屏"),
        "host_overloaded": _t("主机资源占用较大、处理缓慢"),
        "peripheral_unresponsive": _t("硬件外设驱动无响应"),
        "paper_jam": _t("机器卡纸"),
        "client_bad_answer": _t("客户端无返回或信息返回错误"),
        "page_jump": _t("客户端跳转错误或跳转迟缓"),
        "service_crash": _t("服务无响应和闪退"),
        "client_stutter": _t("客户端卡顿"),
        "page_tampered": _t("页面被篡改"),
        "network_latency": _t("网络响应延迟较大"),
        "packet_loss": _t("网络丢包率较大"),
        "link_down": _t("网络通信链路不通"),
        "ip_failure": _t("网络IP变动或无法获取"),
    }


def handling() -> dict[str, str]:
    return {"remote": _t("远程处理"), "assisted": _t("协助处理"), "on_site": _t("现场处理")}


def checks() -> dict[str, str]:
    return {
        "power": _t("电源是否正常"),
        "network": _t("网络通信是否正常"),
        "paper": _t("打印纸是否充足"),
        "toner": _t("打印机墨盒/硒鼓是否充足"),
        "clean_outside": _t("设备外部是否清洁"),
        "clean_inside": _t("设备内部是否清洁"),
        "mechanical": _t("有无机械故障（无则正常）"),
        "no_jam": _t("有无卡纸（无则正常）"),
        "signage": _t("指示标识是否正常"),
        "screen": _t("显示器是否正常"),
        "scanner": _t("扫描器是否正常"),
        "camera": _t("摄像头是否正常"),
        "fingerprint": _t("指纹仪是否正常"),
        "card_reader": _t("读卡器是否正常"),
        "printer": _t("打印机是否正常"),
        "consumables": _t("打印耗材是否空缺（不缺则正常）"),
        "client": _t("客户端跳转是否流畅"),
    }


def checklists() -> dict[str, str]:
    return {"daily": _t("每日检查"), "biweekly": _t("两周巡检")}


def lifecycles() -> dict[str, str]:
    return {"trial": _t("试运行"), "active": _t("正式运行"), "revoked": _t("已撤销")}


def selftests() -> dict[str, str]:
    return {
        "receipt": _t("打印测试凭条"),
        "page": _t("打印A4测试页"),
        "card": _t("读测试卡"),
        "camera": _t("摄像头预览"),
        "speaker": _t("扬声器测试"),
    }


def outcomes() -> dict[str, str]:
    return {
        "running": _t("进行中…"),
        "ok": _t("通过"),
        "no_card": _t("未放卡：请把测试卡放到读卡器上"),
        "no_frame": _t("摄像头没有画面"),
        "spoken": _t("已播放测试语音，请确认能听到"),
    }


def password_problems() -> dict[str, str]:
    return {
        "too_short": _t("新密码至少需要10位。"),
        "too_simple": _t("新密码需包含大写字母、小写字母、数字、符号中的至少三类。"),
        "contains_number": _t("新密码不能包含工号。"),
        "same_as_old": _t("新密码不能与原密码相同。"),
        "mismatch": _t("两次输入的新密码不一致。"),
    }


def weekdays() -> list[str]:
    return [_t("周一"), _t("周二"), _t("周三"), _t("周四"), _t("周五"), _t("周六"), _t("周日")]
