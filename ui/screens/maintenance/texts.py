"""Names the maintenance screen shows for the codes kiosk_app records (translated at call time,
so a language switch takes effect on the next render)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def pages() -> dict[str, str]:
    return {
        "health": QCoreApplication.translate("Maintenance", "设备状态"),
        "consumables": QCoreApplication.translate("Maintenance", "耗材"),
        "selftest": QCoreApplication.translate("Maintenance", "自检"),
        "faults": QCoreApplication.translate("Maintenance", "运维台账"),
        "inspection": QCoreApplication.translate("Maintenance", "巡检"),
        "catalogue": QCoreApplication.translate("Maintenance", "事项管理"),
        "hours": QCoreApplication.translate("Maintenance", "服务时间"),
        "backups": QCoreApplication.translate("Maintenance", "备份"),
        "report": QCoreApplication.translate("Maintenance", "周报"),
        "followups": QCoreApplication.translate("Maintenance", "差评回访"),
    }


def devices() -> dict[str, str]:
    return {
        "card_reader": QCoreApplication.translate("Maintenance", "身份证阅读器"),
        "camera": QCoreApplication.translate("Maintenance", "摄像头"),
        "receipt_printer": QCoreApplication.translate("Maintenance", "凭条打印机"),
        "a4_printer": QCoreApplication.translate("Maintenance", "A4打印机"),
        "scanner": QCoreApplication.translate("Maintenance", "扫描仪"),
        "host": QCoreApplication.translate("Maintenance", "主机"),
        "client": QCoreApplication.translate("Maintenance", "客户端软件"),
        "network": QCoreApplication.translate("Maintenance", "网络"),
        "power": QCoreApplication.translate("Maintenance", "电源"),
    }


def states() -> dict[str, str]:
    return {
        "online": QCoreApplication.translate("Maintenance", "正常"),
        "offline": QCoreApplication.translate("Maintenance", "离线"),
        "busy": QCoreApplication.translate("Maintenance", "忙"),
        "hardware_error": QCoreApplication.translate("Maintenance", "硬件故障"),
        "user_error": QCoreApplication.translate("Maintenance", "操作错误"),
    }


def media() -> dict[str, str]:
    return {
        "ok": QCoreApplication.translate("Maintenance", "充足"),
        "low": QCoreApplication.translate("Maintenance", "偏少"),
        "out": QCoreApplication.translate("Maintenance", "缺纸"),
        "jammed": QCoreApplication.translate("Maintenance", "卡纸"),
        "not_applicable": "—",
    }


def consumables() -> dict[str, str]:
    return {
        "receipt_paper": QCoreApplication.translate("Maintenance", "凭条纸"),
        "a4_paper": QCoreApplication.translate("Maintenance", "A4纸"),
        "toner": QCoreApplication.translate("Maintenance", "硒鼓/墨粉"),
    }


def categories() -> dict[str, str]:
    return {
        "hardware": QCoreApplication.translate("Maintenance", "硬件"),
        "software": QCoreApplication.translate("Maintenance", "软件"),
        "network": QCoreApplication.translate("Maintenance", "网络"),
    }


def severities() -> dict[str, str]:
    return {
        "minor": QCoreApplication.translate("Maintenance", "一般"),
        "severe": QCoreApplication.translate("Maintenance", "严重"),
    }


def faults() -> dict[str, str]:
    """Appendix A, table A.1, in the standard's words."""
    return {
        "out_of_paper": QCoreApplication.translate("Maintenance", "机器缺纸"),
        "ups_weak": QCoreApplication.translate("Maintenance", "供电UPS续航能力弱"),
        "blue_screen": QCoreApplication.translate("Maintenance", "蓝屏、白屏"),
        "host_overloaded": QCoreApplication.translate("Maintenance", "主机资源占用较大、处理缓慢"),
        "peripheral_unresponsive": QCoreApplication.translate("Maintenance", "硬件外设驱动无响应"),
        "paper_jam": QCoreApplication.translate("Maintenance", "机器卡纸"),
        "client_bad_answer": QCoreApplication.translate(
            "Maintenance", "客户端无返回或信息返回错误"
        ),
        "page_jump": QCoreApplication.translate("Maintenance", "客户端跳转错误或跳转迟缓"),
        "service_crash": QCoreApplication.translate("Maintenance", "服务无响应和闪退"),
        "client_stutter": QCoreApplication.translate("Maintenance", "客户端卡顿"),
        "page_tampered": QCoreApplication.translate("Maintenance", "页面被篡改"),
        "network_latency": QCoreApplication.translate("Maintenance", "网络响应延迟较大"),
        "packet_loss": QCoreApplication.translate("Maintenance", "网络丢包率较大"),
        "link_down": QCoreApplication.translate("Maintenance", "网络通信链路不通"),
        "ip_failure": QCoreApplication.translate("Maintenance", "网络IP变动或无法获取"),
        "unexpected_usb_device": QCoreApplication.translate(
            "Maintenance", "未封存的接口接入了外部设备"
        ),
    }


def handling() -> dict[str, str]:
    return {
        "remote": QCoreApplication.translate("Maintenance", "远程处理"),
        "assisted": QCoreApplication.translate("Maintenance", "协助处理"),
        "on_site": QCoreApplication.translate("Maintenance", "现场处理"),
    }


def checks() -> dict[str, str]:
    return {
        "power": QCoreApplication.translate("Maintenance", "电源是否正常"),
        "network": QCoreApplication.translate("Maintenance", "网络通信是否正常"),
        "paper": QCoreApplication.translate("Maintenance", "打印纸是否充足"),
        "toner": QCoreApplication.translate("Maintenance", "打印机墨盒/硒鼓是否充足"),
        "clean_outside": QCoreApplication.translate("Maintenance", "设备外部是否清洁"),
        "clean_inside": QCoreApplication.translate("Maintenance", "设备内部是否清洁"),
        "mechanical": QCoreApplication.translate("Maintenance", "有无机械故障（无则正常）"),
        "no_jam": QCoreApplication.translate("Maintenance", "有无卡纸（无则正常）"),
        "signage": QCoreApplication.translate("Maintenance", "指示标识是否正常"),
        "screen": QCoreApplication.translate("Maintenance", "显示器是否正常"),
        "scanner": QCoreApplication.translate("Maintenance", "扫描器是否正常"),
        "camera": QCoreApplication.translate("Maintenance", "摄像头是否正常"),
        "fingerprint": QCoreApplication.translate("Maintenance", "指纹仪是否正常"),
        "card_reader": QCoreApplication.translate("Maintenance", "读卡器是否正常"),
        "printer": QCoreApplication.translate("Maintenance", "打印机是否正常"),
        "consumables": QCoreApplication.translate("Maintenance", "打印耗材是否空缺（不缺则正常）"),
        "client": QCoreApplication.translate("Maintenance", "客户端跳转是否流畅"),
    }


def checklists() -> dict[str, str]:
    return {
        "daily": QCoreApplication.translate("Maintenance", "每日检查"),
        "biweekly": QCoreApplication.translate("Maintenance", "两周巡检"),
    }


def lifecycles() -> dict[str, str]:
    return {
        "trial": QCoreApplication.translate("Maintenance", "试运行"),
        "active": QCoreApplication.translate("Maintenance", "正式运行"),
        "revoked": QCoreApplication.translate("Maintenance", "已撤销"),
    }


def selftests() -> dict[str, str]:
    return {
        "receipt": QCoreApplication.translate("Maintenance", "打印测试凭条"),
        "page": QCoreApplication.translate("Maintenance", "打印A4测试页"),
        "card": QCoreApplication.translate("Maintenance", "读测试卡"),
        "camera": QCoreApplication.translate("Maintenance", "摄像头预览"),
        "speaker": QCoreApplication.translate("Maintenance", "扬声器测试"),
    }


def outcomes() -> dict[str, str]:
    return {
        "running": QCoreApplication.translate("Maintenance", "进行中…"),
        "ok": QCoreApplication.translate("Maintenance", "通过"),
        "no_card": QCoreApplication.translate("Maintenance", "未放卡：请把测试卡放到读卡器上"),
        "no_frame": QCoreApplication.translate("Maintenance", "摄像头没有画面"),
        "spoken": QCoreApplication.translate("Maintenance", "已播放测试语音，请确认能听到"),
    }


def password_problems() -> dict[str, str]:
    return {
        "too_short": QCoreApplication.translate("Maintenance", "新密码至少需要10位。"),
        "too_simple": QCoreApplication.translate(
            "Maintenance", "新密码需包含大写字母、小写字母、数字、符号中的至少三类。"
        ),
        "contains_number": QCoreApplication.translate("Maintenance", "新密码不能包含工号。"),
        "same_as_old": QCoreApplication.translate("Maintenance", "新密码不能与原密码相同。"),
        "mismatch": QCoreApplication.translate("Maintenance", "两次输入的新密码不一致。"),
    }


def weekdays() -> list[str]:
    return [
        QCoreApplication.translate("Maintenance", "周一"),
        QCoreApplication.translate("Maintenance", "周二"),
        QCoreApplication.translate("Maintenance", "周三"),
        QCoreApplication.translate("Maintenance", "周四"),
        QCoreApplication.translate("Maintenance", "周五"),
        QCoreApplication.translate("Maintenance", "周六"),
        QCoreApplication.translate("Maintenance", "周日"),
    ]
