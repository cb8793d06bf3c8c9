"""Every message key that flows/ and devices/ can produce, as a translatable sentence.

Keys come from Qt-free layers; the words live here so Qt Linguist (pyside6-lupdate) finds them.
Looked up at call time, so a language switch takes effect on the next render.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.capture_texts import capture_messages


def _messages() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        # Work in progress
        "reading_card": translate("Messages", "正在读取身份证，请勿移开…"),
        "querying": translate("Messages", "正在查询，请稍候…"),
        "printing_receipt": translate("Messages", "正在打印凭条，请稍候…"),
        "printing_a4": translate("Messages", "正在打印证明，请稍候…"),
        "creating_order": translate("Messages", "正在生成付款二维码，请稍候…"),
        "paying": translate("Messages", "正在确认付款，请稍候…"),
        "payment_declined": translate("Messages", "付款没有成功，没有扣款。您可以重试或结束办理。"),
        "payment_timeout": translate(
            "Messages", "付款已超时，订单已关闭，没有扣款。您可以重试或结束办理。"
        ),
        "payment_unavailable": translate("Messages", "本机暂时不能收费，请到服务窗口办理。"),
        "sending_code": translate("Messages", "正在向您预留的手机号码发送验证码…"),
        "checking_code": translate("Messages", "正在核对验证码…"),
        "sms_code_format": translate("Messages", "验证码是6位数字"),
        "sms_code_wrong": translate("Messages", "验证码不对，请重新输入"),
        "sms_no_phone": translate(
            "Messages", "平台上没有您的手机号码，不能用短信验证。您可以请工作人员帮办。"
        ),
        "sms_code_expired": translate(
            "Messages", "验证码已失效（输错3次或超时）。可以重新发送，或结束办理。"
        ),
        # Identity
        "card_unreadable": translate(
            "Messages", "无法识别这张身份证。请确认是本人有效的居民身份证，或到服务窗口办理。"
        ),
        "card_expired": translate(
            "Messages", "这张身份证已过有效期。请使用有效证件，或到服务窗口办理。"
        ),
        "card_removed_while_reading": translate(
            "Messages", "读卡时身份证被移开了。请重新放好身份证。"
        ),
        "staff_card_not_id_card": translate(
            "Messages", "这是工作证，不是身份证。请取走工作证，放入办事人本人的居民身份证。"
        ),
        "card_photo_missing": translate(
            "Messages", "身份证中的照片无法读取，不能进行人脸比对。请到服务窗口办理。"
        ),
        "face_no_match": translate(
            "Messages",
            "人脸与身份证照片不一致。请摘下帽子或口罩，正对摄像头再试一次（还可尝试 {left} 次）。",
        ),
        "face_not_live": translate(
            "Messages", "未能确认是本人在摄像头前。请正对摄像头再试一次（还可尝试 {left} 次）。"
        ),
        "face_not_found": translate("Messages", "没有看到人脸。请站在摄像头正前方，再试一次。"),
        "face_several": translate(
            "Messages", "镜头前有多人。请只留办理人本人在摄像头前，再试一次。"
        ),
        "face_challenge_blink": translate("Messages", "请正对摄像头，慢慢眨两次眼"),
        "face_challenge_turn_left": translate("Messages", "请正对摄像头，然后慢慢向左转头"),
        "face_challenge_turn_right": translate("Messages", "请正对摄像头，然后慢慢向右转头"),
        "face_failed_final": translate(
            "Messages", "多次比对未通过。您可以请工作人员帮办，或到服务窗口办理。"
        ),
        # Devices
        "device_unavailable": translate(
            "Messages", "设备暂时无法使用，本事项暂停服务。其他事项仍可办理。"
        ),
        "printer_out_of_paper": translate("Messages", "打印机缺纸，暂时无法打印。已通知工作人员。"),
        "printer_cover_open": translate(
            "Messages", "打印机盖未关好，暂时无法打印。已通知工作人员。"
        ),
        "printer_jammed": translate("Messages", "打印机卡纸，暂时无法打印。已通知工作人员。"),
        "document_invalid": translate("Messages", "证明文件生成失败，请重试。"),
        # Platform
        "platform_unreachable": translate("Messages", "暂时无法连接政务服务平台。请稍后重试。"),
        "platform_timeout": translate("Messages", "政务服务平台响应超时。请稍后重试。"),
        "platform_server": translate("Messages", "政务服务平台暂时出现问题。请稍后重试。"),
        "platform_not_found": translate(
            "Messages", "平台上没有查到您的相关记录。如有疑问请拨打咨询电话。"
        ),
        "platform_bad_answer": translate("Messages", "政务服务平台返回的信息有误。请稍后重试。"),
        "unexpected_error": translate("Messages", "出现了意外问题。请重试，或请工作人员帮助。"),
        # Form fields
        "field_required": translate("Messages", "请填写这一项"),
        "field_too_long": translate("Messages", "内容太长了，请删减"),
        "field_choose_one": translate("Messages", "请从选项中选择一项"),
        "field_digits_only": translate("Messages", "只能填写数字"),
        "field_phone": translate("Messages", "请填写11位手机号码，以1开头"),
        "field_date": translate("Messages", "请按 年-月-日 填写日期，例如 2024-05-01"),
        "field_amount": translate("Messages", "请填写大于0的金额，最多两位小数"),
        "id_number_length": translate("Messages", "身份证号码应为18位"),
        "id_number_characters": translate("Messages", "身份证号码只能是数字，最后一位可以是X"),
        "id_number_birth_date": translate("Messages", "身份证号码中的出生日期不对，请核对"),
        "id_number_check_digit": translate("Messages", "身份证号码有误（校验位不对），请逐位核对"),
        **capture_messages(),  # scanning and signature (ui/capture_texts.py)
        # How a session ended
        "completed": translate("Messages", "办理完成，感谢您的使用"),
        "cancelled": translate("Messages", "已取消办理"),
        "card_removed": translate("Messages", "身份证已移开，本次办理已结束"),
        "timeout": translate("Messages", "长时间无操作，本次办理已结束"),
        "error": translate("Messages", "本次办理已结束"),
        "face_failed": translate("Messages", "本次办理已结束。如需帮助请联系工作人员"),
    }


def message(key: str, params: dict[str, str] | None = None) -> str:
    text = _messages().get(key) or _messages()["unexpected_error"]
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text
