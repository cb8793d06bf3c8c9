"""Each maintenance page drawn from plain records; drafts (checklist answers, a fault being
entered, hours being edited) are kept by kiosk_app and passed in, so a redraw loses nothing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel

from ui.components.widgets import label
from ui.screens.maintenance import texts
from ui.screens.maintenance.models import (
    BackupEntry,
    ConsumableLevel,
    DeviceRow,
    NetworkReport,
)
from ui.screens.maintenance.screen import MaintenanceScreen


def when(iso: str | None) -> str:
    return iso.replace("T", " ")[:16] if iso else ""


def health(
    s: MaintenanceScreen,
    devices: Sequence[DeviceRow],
    network: NetworkReport | None,
    checking: bool,
) -> None:
    s.begin("health")
    names, states, media = texts.devices(), texts.states(), texts.media()
    for row in devices:
        card = s.card()
        verdict = (
            QCoreApplication.translate("Maintenance", "可用")
            if row.usable
            else QCoreApplication.translate("Maintenance", "不可用")
        )
        paper = QCoreApplication.translate("Maintenance", " · 纸张 {0}").format(
            media.get(row.media, row.media)
        )
        if row.media == "not_applicable":
            paper = ""
        line = label(
            f"{names.get(row.device, row.device)}：{states.get(row.state, row.state)}"
            f"{paper} · {verdict}",
            role="" if row.usable else "error",
        )
        line.setObjectName(f"device-{row.device}")
        card.addWidget(line)
        if row.detail:
            card.addWidget(label(row.detail, role="small"))
    card = s.card()
    card.addWidget(
        label(QCoreApplication.translate("Maintenance", "到政务服务平台的网络"), role="heading")
    )
    if network is not None:
        resolved = (
            QCoreApplication.translate("Maintenance", "域名解析正常：{0} → {1}").format(
                network.host, ", ".join(network.addresses)
            )
            if network.resolved
            else QCoreApplication.translate("Maintenance", "域名解析失败：{0}").format(network.host)
        )
        latency = "—" if network.latency_ms is None else f"{network.latency_ms:.0f} ms"
        worst = "—" if network.worst_ms is None else f"{network.worst_ms:.0f} ms"
        for text in (
            resolved,
            QCoreApplication.translate("Maintenance", "延迟（中位数）：{0}，最慢 {1}").format(
                latency, worst
            ),
            QCoreApplication.translate("Maintenance", "丢包率：{0}%（{1}/{2} 次有应答）").format(
                network.loss_percent, network.answered, network.probes
            ),
            QCoreApplication.translate("Maintenance", "检测时间：{0}").format(
                when(network.checked_at)
            ),
        ):
            widget = label(text)
            widget.setObjectName("network-line")
            card.addWidget(widget)
        names_a = texts.faults()
        for code in network.faults:
            card.addWidget(
                label(
                    QCoreApplication.translate("Maintenance", "已记录故障：{0}").format(
                        names_a[code]
                    ),
                    role="error",
                )
            )
    elif not checking:
        card.addWidget(label(QCoreApplication.translate("Maintenance", "尚未检测。"), role="muted"))
    check = s.act(
        QCoreApplication.translate("Maintenance", "正在检测…")
        if checking
        else QCoreApplication.translate("Maintenance", "检测网络"),
        "network_check",
        role="primary",
    )
    check.setEnabled(not checking)
    card.addWidget(check)
    s.end()


def consumables(
    s: MaintenanceScreen, levels: Sequence[ConsumableLevel], reported: Mapping[str, str]
) -> None:
    s.begin("consumables")
    s.text(
        QCoreApplication.translate(
            "Maintenance", "余量按上次更换后打印的数量估算；打印机自己报告的状态一并列出。"
        ),
        role="muted",
    )
    names, media = texts.consumables(), texts.media()
    for level in levels:
        card = s.card()
        title = label(
            QCoreApplication.translate("Maintenance", "{0}：约剩 {1}%").format(
                names[level.name], level.percent
            ),
            role="heading",
        )
        title.setObjectName(f"level-{level.name}")
        card.addWidget(title)
        unit = (
            QCoreApplication.translate("Maintenance", "张凭条")
            if level.name == "receipt_paper"
            else QCoreApplication.translate("Maintenance", "页")
        )
        card.addWidget(
            label(
                QCoreApplication.translate(
                    "Maintenance", "上次更换后已用 {0} {1}，容量 {2}"
                ).format(level.used, unit, level.capacity)
                + (
                    QCoreApplication.translate("Maintenance", "；更换时间 {0}").format(
                        when(level.refilled_at)
                    )
                    if level.refilled_at
                    else QCoreApplication.translate("Maintenance", "；尚无更换记录")
                )
            )
        )
        device_media = reported.get(level.name)
        if device_media:
            card.addWidget(
                label(
                    QCoreApplication.translate("Maintenance", "打印机报告：{0}").format(
                        media.get(device_media, "")
                    )
                )
            )
        if level.low:
            card.addWidget(
                label(
                    QCoreApplication.translate("Maintenance", "余量不足，请及时更换"), role="error"
                )
            )
        card.addWidget(
            s.act(
                QCoreApplication.translate("Maintenance", "已更换/补充"),
                "refill",
                level.name,
                role="primary",
            )
        )
    s.end()


def selftest(
    s: MaintenanceScreen, results: Mapping[str, str], frame: tuple[int, int, bytes] | None
) -> None:
    s.begin("selftest")
    s.text(
        QCoreApplication.translate(
            "Maintenance", "通过设备的正常接口测试；测试凭条和测试页计入耗材。"
        ),
        role="muted",
    )
    outcomes = texts.outcomes()
    for name, title in texts.selftests().items():
        card = s.card()
        card.addWidget(s.act(title, "selftest", name, role="primary"))
        result = results.get(name)
        if result:
            shown = outcomes.get(
                result, QCoreApplication.translate("Maintenance", "失败：{0}").format(result)
            )
            widget = label(shown, role="" if result in outcomes else "error")
            widget.setObjectName(f"selftest-result-{name}")
            card.addWidget(widget)
        if name == "camera" and frame is not None:
            width, height, rgb = frame
            image = QImage(rgb, width, height, 3 * width, QImage.Format.Format_RGB888)
            preview = QLabel()
            preview.setObjectName("camera-preview")
            preview.setPixmap(
                QPixmap.fromImage(image.copy()).scaledToWidth(
                    480, Qt.TransformationMode.SmoothTransformation
                )
            )
            card.addWidget(preview)
    s.end()


def backups(
    s: MaintenanceScreen,
    entries: Sequence[BackupEntry],
    keep: int,
    interval_days: int,
    message: str,
    running: bool,
) -> None:
    s.begin("backups")
    s.text(
        QCoreApplication.translate(
            "Maintenance", "数据库和配置每 {0} 天自动备份一次，保留最近 {1} 份。"
        ).format(interval_days, keep),
        name="backup-policy",
    )
    now = s.act(
        QCoreApplication.translate("Maintenance", "正在备份…")
        if running
        else QCoreApplication.translate("Maintenance", "立即备份"),
        "backup_now",
        role="primary",
    )
    now.setEnabled(not running)
    s.content.addWidget(now)
    if message:
        s.text(message, name="backup-message")
    s.text(
        QCoreApplication.translate(
            "Maintenance", "恢复：停止本机程序后运行 kiosk restore 备份文件"
        ),
        role="muted",
    )
    for entry in entries:
        widget = s.text(
            f"{entry.created_at:%Y-%m-%d %H:%M} · {entry.size // 1024} KB · {entry.name}"
        )
        widget.setObjectName("backup-entry")
    if not entries:
        s.text(QCoreApplication.translate("Maintenance", "还没有备份。"), role="error")
    s.end()


def report(
    s: MaintenanceScreen, weeks: Sequence[str], folder: str, message: str, running: bool
) -> None:
    s.begin("report")
    s.text(
        QCoreApplication.translate(
            "Maintenance", "每周运行数据：办件量、故障清单、耗材、评价、帮办。导出 CSV 和 PDF。"
        ),
        role="muted",
    )
    for week in weeks:
        widget = s.act(
            QCoreApplication.translate("Maintenance", "导出 {0}").format(week),
            "export",
            week,
            role="primary",
        )
        widget.setEnabled(not running)
        s.content.addWidget(widget)
    s.text(QCoreApplication.translate("Maintenance", "导出到：{0}").format(folder), role="muted")
    if message:
        s.text(message, name="report-message")
    s.end()
