"""Message keys of material scanning and electronic signature (std 4.1b, 4.1e), as sentences
that say what to do. Merged into ui.texts; kept apart so the capture code has one home."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def capture_messages() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "scanning": translate("Messages", "正在扫描并检查图像，请不要移动材料…"),
        "submitting": translate("Messages", "正在提交申请，请稍候…"),
        "scanner_no_document": translate(
            "Messages",
            "扫描仪上没有检测到材料。请把材料有字的一面朝下放好，盖好盖板，再点“开始扫描”。",
        ),
        "scanner_cover_open": translate(
            "Messages", "扫描仪盖板没有盖好。请盖好盖板，再点“开始扫描”。"
        ),
        "scanner_busy": translate("Messages", "扫描仪正忙，请稍等几秒再点“开始扫描”。"),
        "scanner_jammed": translate("Messages", "扫描仪卡纸，暂时无法扫描。已通知工作人员。"),
        "scan_unreadable": translate("Messages", "扫描图像无法识别。请重新放好材料再扫描一次。"),
        "scan_blurred": translate(
            "Messages", "图像模糊，文字看不清。请把材料压平放稳，扫描时不要移动，然后重新扫描。"
        ),
        "scan_low_contrast": translate(
            "Messages",
            "图像太淡，文字不清楚。请确认放的是有字的一面；复印件太淡请换一份清晰的，然后重新扫描。",
        ),
        "scan_too_dark": translate(
            "Messages", "图像太暗。请盖好盖板，避免强光或阴影照在材料上，然后重新扫描。"
        ),
        "scan_too_small": translate(
            "Messages", "材料在图像中太小，文字会看不清。请把材料放在扫描区中间，然后重新扫描。"
        ),
        "scan_blank": translate(
            "Messages", "扫描到的是空白页。请把有字的一面朝下放好，然后重新扫描。"
        ),
        "signature_empty": translate("Messages", "还没有签名。请用手指在框内写下您的姓名。"),
        "signature_too_small": translate(
            "Messages", "签名太小或太短，无法辨认。请点“清除重签”，在框内写大一些、写完整姓名。"
        ),
    }
