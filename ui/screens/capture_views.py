"""How the capture views are drawn in the step frame: put a material on the scanner, see and
confirm what will be sent (std 4.1b), sign on the touchscreen (std 4.1e)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap

from flows.views import ScanPreview, ScanPrompt, Signing, View
from ui.components.signature_pad import SignaturePad
from ui.components.widgets import button, card_frame, label
from ui.texts import message

if TYPE_CHECKING:
    from ui.screens.step import StepScreen

PREVIEW_MAX_HEIGHT = 980  # leaves the buttons and the problems on a portrait screen
PREVIEW_MIN_HEIGHT = 420  # below this the citizen cannot judge the page


def handles(view: View) -> bool:
    return isinstance(view, ScanPrompt | ScanPreview | Signing)


def build(screen: StepScreen, view: View, lang: str) -> None:
    if isinstance(view, ScanPrompt):
        _prompt(screen, view, lang)
    elif isinstance(view, ScanPreview):
        _preview(screen, view, lang)
    elif isinstance(view, Signing):
        _signing(screen, view, lang)


def _page_of(page: int, max_pages: int) -> str:
    if max_pages <= 1:
        return ""
    return QCoreApplication.translate("CaptureViews", "第 {0} 页，最多 {1} 页").format(
        page, max_pages
    )


def _prompt(screen: StepScreen, view: ScanPrompt, lang: str) -> None:
    translate = QCoreApplication.translate
    title = label(
        translate("CaptureViews", "请扫描：{0}").format(view.title.get(lang)), role="title"
    )
    title.setObjectName("scan-material")
    screen.content.addWidget(title)
    pages = _page_of(view.page, view.max_pages)
    if pages:
        screen.content.addWidget(label(pages, role="muted"))
    card = card_frame(screen.content)
    card.addWidget(label(view.hint.get(lang)))
    card.addWidget(
        label(
            translate(
                "CaptureViews",
                "扫描后您会先看到图像，确认清楚无误才会提交。图像只用于本次申请，不在本机保存。",
            ),
            role="muted",
        )
    )
    if view.error:
        error = label(message(view.error), role="error")
        error.setObjectName("scan-error")
        screen.content.addWidget(error)
    screen.content.addStretch(1)
    if view.can_finish:
        screen.add_action("done", translate("CaptureViews", "已扫完，下一步"))
    scan = (
        translate("CaptureViews", "扫描下一页")
        if view.can_finish
        else translate("CaptureViews", "开始扫描")
    )
    screen.add_action("scan", scan, role="primary")


def _preview(screen: StepScreen, view: ScanPreview, lang: str) -> None:
    translate = QCoreApplication.translate
    heading = (
        translate("CaptureViews", "请核对扫描图像：{0}").format(view.title.get(lang))
        if not view.problems
        else translate("CaptureViews", "这张图像不够清楚，请重新扫描")
    )
    title = label(heading, role="heading")
    title.setObjectName("scan-verdict")
    words = [title]
    for key in view.problems:
        problem = label(message(key), role="error")
        problem.setObjectName(f"scan-problem-{key}")
        words.append(problem)
    picture = label(role="preview")
    picture.setObjectName("scan-preview")
    picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
    picture.setAccessibleName(
        translate("CaptureViews", "扫描图像预览：{0}").format(view.title.get(lang))
    )
    after = []
    if not view.problems:
        after.append(
            label(
                translate(
                    "CaptureViews", "文字清楚、材料完整，再点“确认提交此页”；否则请重新扫描。"
                ),
                role="muted",
            )
        )
    pages = _page_of(view.page, view.max_pages)
    if pages:
        after.append(label(pages, role="muted"))
    for widget in words:
        screen.content.addWidget(widget)
    screen.content.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
    for widget in after:
        screen.content.addWidget(widget)
    screen.content.addStretch(1)
    image = QImage.fromData(view.preview)
    if not image.isNull():
        # The whole page and every word around it in view at once: larger text (elderly
        # mode) leaves a smaller page, never one to scroll past.
        width = max(320, screen.width() - 120)
        words_height = 0
        for widget in (*words, *after):
            widget.ensurePolished()  # the theme's font size, before measuring
            words_height += widget.heightForWidth(width) + screen.content.spacing()
        room = screen.scroller.viewport().height() - words_height - 200  # margins, slack
        height = max(PREVIEW_MIN_HEIGHT, min(PREVIEW_MAX_HEIGHT, room))
        pixmap = QPixmap.fromImage(image).scaled(
            width,
            height,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        picture.setPixmap(pixmap)
        picture.setMinimumHeight(pixmap.height())
    screen.add_action(
        "retake",
        translate("CaptureViews", "重新扫描"),
        role="" if not view.problems else "primary",
    )
    if not view.problems:
        screen.add_action("confirm", translate("CaptureViews", "确认提交此页"), role="primary")


def _signing(screen: StepScreen, view: Signing, lang: str) -> None:
    translate = QCoreApplication.translate
    screen.content.addWidget(
        label(translate("CaptureViews", "请核对申请内容，然后在下方框内签名"), role="heading")
    )
    if view.summary:
        card = card_frame(screen.content)
        for caption, value in view.summary:
            card.addWidget(label(f"{caption.get(lang)}：{value}"))
    declaration = label(view.declaration.get(lang))
    declaration.setObjectName("declaration")
    screen.content.addWidget(declaration)
    pad = SignaturePad(translate("CaptureViews", "请用手指在此处签写您的姓名"))
    pad.setAccessibleName(translate("CaptureViews", "签名区"))
    # The same view drawn again (another language, elderly mode) keeps what was signed; the
    # old pad is hidden but not yet deleted.
    for old in screen.findChildren(SignaturePad):
        if old is not pad and old.property("view") == id(view) and not old.is_empty():
            pad.set_strokes(old.strokes())
    pad.setProperty("view", id(view))
    screen.content.addWidget(pad)
    hint = label(
        translate(
            "CaptureViews",
            "签名将与签名时间、办件编号一起放入申请书提交，本机不保存。",
        ),
        role="muted",
    )
    screen.content.addWidget(hint)
    error = label(message(view.error) if view.error else "", role="error")
    error.setObjectName("signature-error")
    error.setVisible(bool(view.error))
    screen.content.addWidget(error)
    screen.content.addStretch(1)
    clear = button(translate("CaptureViews", "清除重签"))
    clear.setObjectName("action-clear")
    clear.setAccessibleName(clear.text())
    clear.clicked.connect(pad.clear)
    pad.changed.connect(lambda: error.setVisible(False))
    screen.action_bar.addWidget(clear, 1)
    screen.buttons["clear"] = clear
    screen.add_action("sign", translate("CaptureViews", "确认签名并提交"), role="primary")
    sign = screen.buttons["sign"]
    sign.clicked.disconnect()
    sign.clicked.connect(lambda: screen.action.emit("sign", pad.signature()))
