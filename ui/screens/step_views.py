"""How each kind of flow view is drawn inside the step frame."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
)

from flows.views import (
    FaceCapture,
    Form,
    InsertCard,
    Notice,
    Payment,
    Problem,
    Rating,
    ResultView,
    View,
    Working,
)
from ui import formatting
from ui.components.keypad import Keypad
from ui.components.qr import QrCode
from ui.components.widgets import button, card_frame, label
from ui.screens import capture_views
from ui.texts import message

if TYPE_CHECKING:
    from ui.screens.step import StepScreen


RATING_LEVELS = (5, 4, 3, 2, 1)


def rating_label(level: int) -> str:
    return {
        5: QCoreApplication.translate("StepViews", "非常满意"),
        4: QCoreApplication.translate("StepViews", "满意"),
        3: QCoreApplication.translate("StepViews", "基本满意"),
        2: QCoreApplication.translate("StepViews", "不满意"),
        1: QCoreApplication.translate("StepViews", "非常不满意"),
    }[level]


def _busy(screen: StepScreen, text: str) -> None:
    prompt = label(text, role="heading")
    prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.content.addStretch(1)
    screen.content.addWidget(prompt)
    bar = QProgressBar()
    bar.setRange(0, 0)  # indeterminate: shows the kiosk is working, not frozen
    bar.setTextVisible(False)
    bar.setAccessibleName(text)
    screen.content.addWidget(bar)
    screen.content.addStretch(1)


def build(screen: StepScreen, view: View, lang: str) -> None:
    if capture_views.handles(view):  # scan and sign (ui/screens/capture_views.py)
        capture_views.build(screen, view, lang)
        return
    if isinstance(view, Notice):
        _notice(screen, view, lang)
    elif isinstance(view, InsertCard):
        _insert_card(screen)
    elif isinstance(view, Working):
        _busy(screen, message(view.message))
    elif isinstance(view, FaceCapture):
        preview = label(role="preview")
        preview.setObjectName("face-preview")
        preview.setMinimumSize(480, 360)
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        preview.setAccessibleName(
            QCoreApplication.translate("StepViews", "摄像头画面，仅在屏幕上显示，不会保存")
        )
        screen.preview = preview
        screen.content.addWidget(preview, 0, Qt.AlignmentFlag.AlignHCenter)
        _busy(screen, message(f"face_challenge_{view.challenge}"))
        screen.add_action(
            "sms", QCoreApplication.translate("StepViews", "不方便刷脸？改用手机短信验证码")
        )
        hint = label(
            QCoreApplication.translate("StepViews", "第 {0} 次，共可尝试 {1} 次").format(
                view.attempt, view.max_attempts
            ),
            role="muted",
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        screen.content.addWidget(hint)
    elif isinstance(view, Payment):
        _payment(screen, view, lang)
    elif isinstance(view, Form):
        _form(screen, view, lang)
    elif isinstance(view, ResultView):
        _result(screen, view, lang)
    elif isinstance(view, Rating):
        _rating(screen, view, lang)
    elif isinstance(view, Problem):
        _problem(screen, view)


def _notice(screen: StepScreen, view: Notice, lang: str) -> None:
    item = view.item
    screen.content.addWidget(
        label(QCoreApplication.translate("StepViews", "办理前请了解（一次性告知）"), role="heading")
    )
    card = card_frame(screen.content)
    sections = (
        (
            QCoreApplication.translate("StepViews", "办理条件"),
            [c.get(lang) for c in item.conditions],
        ),
        (
            QCoreApplication.translate("StepViews", "所需材料"),
            [m.get(lang) for m in item.materials],
        ),
        (QCoreApplication.translate("StepViews", "办理标准"), [item.standard.get(lang)]),
    )
    for title, lines in sections:
        card.addWidget(label(title, role="muted"))
        for line in lines:
            card.addWidget(label(formatting.direction_mark(lang) + "• " + line))
    if item.fee is not None:
        card.addWidget(
            label(
                QCoreApplication.translate("StepViews", "费用：{0} 元").format(
                    formatting.money(item.fee.amount_fen, lang)
                ),
                role="error",
            )
        )
    screen.content.addWidget(
        label(
            QCoreApplication.translate(
                "StepViews",
                "点击“同意并开始”即表示您同意本机读取身份证并进行人脸比对，信息仅用于本次办理，办完即清除。",
            ),
            role="small",
        )
    )
    agree = QCoreApplication.translate("StepViews", "同意并开始")
    if screen.assisted_by:
        consent = label(
            QCoreApplication.translate(
                "StepViews",
                "本次由工作人员（工号 {0}）协助操作，身份证和人脸核验仍由您本人完成。"
                "请您本人确认是否同意由工作人员协助办理。",
            ).format(screen.assisted_by),
            role="error",
        )
        consent.setObjectName("assist-consent")
        screen.content.addWidget(consent)
        agree = QCoreApplication.translate("StepViews", "本人同意协助并开始")
    screen.content.addStretch(1)
    screen.add_action("back", QCoreApplication.translate("StepViews", "返回"))
    screen.add_action("agree", agree, role="primary")


def _insert_card(screen: StepScreen) -> None:
    screen.content.addStretch(1)
    prompt = label(QCoreApplication.translate("StepViews", "请将身份证放在读卡区"), role="title")
    prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.content.addWidget(prompt)
    hint = label(
        QCoreApplication.translate(
            "StepViews", "读卡区在屏幕下方，标有身份证图标。读卡后请不要拿走，办完再取。"
        ),
        role="muted",
    )
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.content.addWidget(hint)
    screen.content.addStretch(1)
    if screen.training_cards:
        box = card_frame(screen.content)
        box.addWidget(
            label(
                QCoreApplication.translate("StepViews", "培训模式：选择一张测试身份证放入读卡器"),
                role="muted",
            )
        )
        grid = QGridLayout()
        for index, (id_number, name) in enumerate(screen.training_cards):
            widget = button(name)
            widget.setObjectName(f"training-card-{id_number}")
            widget.clicked.connect(lambda _=False, n=id_number: screen.training_card.emit(n))
            grid.addWidget(widget, index // 2, index % 2)
        box.addLayout(grid)


def money(fen: int, language: str = "zh_CN") -> str:
    return formatting.money(fen, language)


def _payment(screen: StepScreen, view: Payment, lang: str) -> None:
    amount = label(
        QCoreApplication.translate("StepViews", "应付金额：{0} 元").format(
            money(view.amount_fen, lang)
        ),
        role="title",
    )
    amount.setObjectName("amount")
    amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.content.addWidget(amount)
    for text in (
        view.reason.get(lang),
        QCoreApplication.translate("StepViews", "收款单位：{0}").format(view.payee.get(lang)),
    ):
        line = label(text, role="muted")
        line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        screen.content.addWidget(line)
    code = QrCode(view.qr_payload, side=420)
    code.setObjectName("payment-qr")
    code.setAccessibleName(QCoreApplication.translate("StepViews", "付款二维码"))
    screen.content.addWidget(code, 0, Qt.AlignmentFlag.AlignHCenter)
    how = label(
        QCoreApplication.translate(
            "StepViews", "请用微信或支付宝扫描二维码付款；也可以把手机上的付款码对准下方扫码口。"
        ),
        role="heading",
    )
    how.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.content.addWidget(how)
    remaining = label(role="muted")
    remaining.setObjectName("payment-countdown")
    remaining.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.content.addWidget(remaining)
    screen.start_countdown(
        remaining, view.expires_in_s, QCoreApplication.translate("StepViews", "二维码 {0} 秒后失效")
    )
    screen.content.addStretch(1)
    if screen.training_cards:
        simulate = button(QCoreApplication.translate("StepViews", "培训模式：模拟手机扫码付款"))
        simulate.setObjectName("training-pay")
        simulate.clicked.connect(screen.training_pay)
        screen.content.addWidget(simulate)


def _form(screen: StepScreen, view: Form, lang: str) -> None:
    screen.content.addWidget(label(view.title.get(lang), role="heading"))
    typed: dict[
        str, QPlainTextEdit
    ] = {}  # free text (on-screen keyboard) travels with every action

    def emit(action: str, values: dict[str, str]) -> None:
        screen.action.emit(action, {**{k: w.toPlainText() for k, w in typed.items()}, **values})

    for spec in view.fields:
        card = card_frame(screen.content)
        card.addWidget(label(spec.label.get(lang), role="muted"))
        value = view.values.get(spec.key, "")
        if spec.kind == "choice":
            grid = QGridLayout()
            grid.setSpacing(16)
            for index, choice in enumerate(spec.choices):
                widget = button(choice.label.get(lang), role="choice")
                widget.setObjectName(f"choice-{spec.key}-{choice.value}")
                widget.setProperty("selected", choice.value == value)
                widget.clicked.connect(
                    lambda _=False, k=spec.key, v=choice.value: emit("set", {k: v})
                )
                grid.addWidget(widget, index // 2, index % 2)
            card.addLayout(grid)
        elif spec.kind == "text":
            text = QPlainTextEdit(value)
            text.setObjectName(f"field-{spec.key}")
            text.setAccessibleName(spec.label.get(lang))
            text.setMaximumHeight(200)
            text.setPlaceholderText(QCoreApplication.translate("StepViews", "点此用屏幕键盘输入"))
            typed[spec.key] = text
            card.addWidget(text)
        else:
            shown = label(value or " ", role="heading")
            shown.setObjectName(f"field-{spec.key}")
            card.addWidget(shown)
            pad = Keypad()
            pad.key_pressed.connect(
                lambda key, k=spec.key, v=value: emit("set", {k: Keypad.apply(v, key)})
            )
            card.addWidget(pad)
        if spec.key in view.errors:
            error = label(message(view.errors[spec.key]), role="error")
            error.setObjectName(f"error-{spec.key}")
            card.addWidget(error)
    screen.content.addStretch(1)
    if not (len(view.fields) == 1 and view.fields[0].kind == "choice"):
        submit = QCoreApplication.translate("StepViews", "确定")
        screen.add_action("submit", submit, role="primary")
        screen.buttons["submit"].clicked.disconnect()
        screen.buttons["submit"].clicked.connect(lambda: emit("submit", {}))


def _result(screen: StepScreen, view: ResultView, lang: str) -> None:
    if view.holder:
        screen.content.addWidget(
            label(
                QCoreApplication.translate("StepViews", "办理人：{0}").format(view.holder),
                role="muted",
            )
        )
    if view.statement:
        statement = label(view.statement, role="heading")
        statement.setObjectName("statement")
        screen.content.addWidget(statement)
    if view.rows:
        card = card_frame(screen.content)
        for caption, value in view.rows:
            line = label(f"{caption.get(lang)}：{formatting.display(value, lang)}")
            card.addWidget(line)
    for table in view.tables:
        screen.content.addWidget(label(table.title.get(lang), role="muted"))
        widget = QTableWidget(len(table.rows), len(table.headers))
        widget.setHorizontalHeaderLabels([h.get(lang) for h in table.headers])
        widget.verticalHeader().setVisible(False)
        widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        # Columns share the width and long cells wrap onto more lines: nothing is cut off.
        widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        widget.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        widget.setWordWrap(True)
        widget.setTextElideMode(Qt.TextElideMode.ElideNone)
        widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        widget.setAccessibleName(table.title.get(lang))
        for r, row in enumerate(table.rows):
            for c, cell in enumerate(row):
                widget.setItem(r, c, QTableWidgetItem(formatting.display(cell, lang)))
        screen.content.addWidget(widget)
    screen.content.addStretch(1)
    for choice in view.print_choices:
        screen.add_action("print", choice.label.get(lang), choice.format, role="primary")
    screen.add_action(
        "finish",
        QCoreApplication.translate("StepViews", "完成，不打印")
        if view.print_choices
        else QCoreApplication.translate("StepViews", "完成"),
    )


def _rating(screen: StepScreen, view: Rating, lang: str) -> None:
    translate = QCoreApplication.translate
    if view.printed:
        taken = label(translate("StepViews", "打印完成，请取走您的材料。"), role="heading")
        taken.setObjectName("printed")
        screen.content.addWidget(taken)
    if view.level:
        _rating_reasons(screen, view, lang)
        return
    screen.content.addWidget(
        label(translate("StepViews", "请您对本次服务进行评价（好差评）"), role="heading")
    )
    grid = QGridLayout()
    grid.setSpacing(16)
    for index, level in enumerate(RATING_LEVELS):
        widget = button(rating_label(level), role="choice")
        widget.setObjectName(f"rate-{level}")
        widget.clicked.connect(lambda _=False, v=level: screen.action.emit("rate", v))
        grid.addWidget(widget, index // 2, index % 2)
    screen.content.addLayout(grid)
    screen.content.addStretch(1)
    screen.add_action("skip", translate("StepViews", "跳过评价"))


def _rating_reasons(screen: StepScreen, view: Rating, lang: str) -> None:
    """不满意 needs a reason: one tap on a listed one, or typed words (on-screen keyboard)."""
    translate = QCoreApplication.translate
    screen.content.addWidget(
        label(
            translate("StepViews", "您选择了“{0}”。请告诉我们原因（必选）：").format(
                rating_label(view.level)
            ),
            role="heading",
        )
    )
    grid = QGridLayout()
    grid.setSpacing(16)
    for index, reason in enumerate(view.reasons):
        widget = button(reason.label.get(lang), role="choice")
        widget.setObjectName(f"reason-{reason.value}")
        widget.clicked.connect(lambda _=False, v=reason.value: screen.action.emit("reason", v))
        grid.addWidget(widget, index // 2, index % 2)
    screen.content.addLayout(grid)
    screen.content.addWidget(label(translate("StepViews", "其他原因："), role="muted"))
    typed = QPlainTextEdit()
    typed.setObjectName("reason-text")
    typed.setMaximumHeight(160)
    typed.setPlaceholderText(translate("StepViews", "点此用屏幕键盘输入"))
    typed.setAccessibleName(translate("StepViews", "其他原因"))
    screen.content.addWidget(typed)
    submit = button(translate("StepViews", "提交其他原因"), role="primary")
    submit.setObjectName("reason-submit")
    submit.setEnabled(False)
    typed.textChanged.connect(lambda: submit.setEnabled(bool(typed.toPlainText().strip())))
    submit.clicked.connect(lambda: screen.action.emit("reason", typed.toPlainText()))
    screen.content.addWidget(submit)
    screen.content.addStretch(1)


def _problem(screen: StepScreen, view: Problem) -> None:
    screen.content.addStretch(1)
    text = label(message(view.message, view.params), role="heading")
    text.setObjectName("problem")
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    screen.content.addWidget(text)
    screen.content.addStretch(1)
    names = {
        "sms": QCoreApplication.translate("StepViews", "改用手机短信验证码"),
        "retry": QCoreApplication.translate("StepViews", "重试"),
        "assist": QCoreApplication.translate("StepViews", "请工作人员帮办"),
        "exit": QCoreApplication.translate("StepViews", "结束办理"),
    }
    for action in view.actions:
        screen.add_action(
            action, names.get(action, action), role="primary" if action == "retry" else ""
        )
