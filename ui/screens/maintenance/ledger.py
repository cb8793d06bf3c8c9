"""The record-keeping maintenance pages: the operations ledger (运维台账), inspections, the
item catalogue, service hours and the 差评 follow-ups. Drafts are kept by kiosk_app."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ui.components.widgets import label
from ui.screens.maintenance import texts
from ui.screens.maintenance.models import FaultEntry, FollowUp, Inspection, ItemRow
from ui.screens.maintenance.pages import when as _when
from ui.screens.maintenance.screen import MaintenanceScreen


def faults(s: MaintenanceScreen, entries: Sequence[FaultEntry], draft: Mapping[str, str]) -> None:
    s.begin("faults")
    names, sources, handling = texts.faults(), texts.devices(), texts.handling()
    categories, severities = texts.categories(), texts.severities()
    if draft.get("form"):
        form = s.card()
        form.addWidget(
            label(
                QCoreApplication.translate("Maintenance", "登记故障（按附录A分类）"), role="heading"
            )
        )
        form.addWidget(label(QCoreApplication.translate("Maintenance", "部位"), role="muted"))
        s.buttons(form, [_choice(s, "source", k, v, draft) for k, v in sources.items()], 4)
        form.addWidget(label(QCoreApplication.translate("Maintenance", "故障"), role="muted"))
        s.buttons(form, [_choice(s, "code", k, v, draft) for k, v in names.items()], 2)
        form.addWidget(label(QCoreApplication.translate("Maintenance", "处理方式"), role="muted"))
        s.buttons(form, [_choice(s, "handling", k, v, draft) for k, v in handling.items()], 3)
        ready = all(draft.get(key) for key in ("source", "code", "handling"))
        enter = s.act(
            QCoreApplication.translate("Maintenance", "登记"), "fault_enter", role="primary"
        )
        enter.setEnabled(ready)
        cancel = s.act(QCoreApplication.translate("Maintenance", "取消"), "fault_field", "form=")
        s.buttons(form, [enter, cancel], 2)
    else:
        s.content.addWidget(
            s.act(
                QCoreApplication.translate("Maintenance", "登记新故障"),
                "fault_field",
                "form=1",
                role="primary",
            )
        )
    if not entries:
        s.text(QCoreApplication.translate("Maintenance", "没有故障记录。"), role="muted")
    for entry in entries:
        card = s.card()
        state = (
            QCoreApplication.translate("Maintenance", "未排除")
            if entry.open
            else QCoreApplication.translate("Maintenance", "已排除")
        )
        head = label(
            f"[{state}] {names.get(entry.code, entry.code)}"
            f" · {categories.get(entry.category, entry.category)}"
            f" · {severities.get(entry.severity, entry.severity)}",
            role="error" if entry.open else "",
        )
        head.setObjectName(f"fault-{entry.id}")
        card.addWidget(head)
        origin = (
            QCoreApplication.translate("Maintenance", "人工登记")
            if entry.manual
            else QCoreApplication.translate("Maintenance", "自动检测")
        )
        card.addWidget(
            label(
                QCoreApplication.translate("Maintenance", "{0} · {1} · 发生 {2}").format(
                    sources.get(entry.source, entry.source), origin, _when(entry.at)
                )
            )
        )
        minutes = entry.minutes_to_resolve()
        if minutes is not None:
            how = handling.get(entry.handling, "")
            done = label(
                QCoreApplication.translate("Maintenance", "排除于 {0}，用时 {1}").format(
                    _when(entry.resolved_at), _duration(minutes)
                )
                + (f" · {how}" if how else "")
            )
            done.setObjectName(f"fault-resolved-{entry.id}")
            card.addWidget(done)
        else:
            s.buttons(
                card,
                [
                    s.act(
                        QCoreApplication.translate("Maintenance", "已排除：{0}").format(text),
                        "fault_resolve",
                        f"{entry.id}:{key}",
                    )
                    for key, text in handling.items()
                ],
            )
    s.end()


def _choice(
    s: MaintenanceScreen, key: str, value: str, text: str, draft: Mapping[str, str]
) -> QPushButton:
    widget = s.act(text, "fault_field", f"{key}={value}", role="choice")
    widget.setProperty("selected", draft.get(key) == value)
    return widget


def _duration(minutes: int) -> str:
    if minutes < 60:
        return QCoreApplication.translate("Maintenance", "{0} 分钟").format(minutes)
    return QCoreApplication.translate("Maintenance", "{0} 小时 {1} 分钟").format(
        minutes // 60, minutes % 60
    )


def inspection(
    s: MaintenanceScreen,
    kind: str,
    answers: Mapping[str, bool],
    checks: Sequence[str],
    history: Sequence[Inspection],
    due: Mapping[str, bool],
) -> None:
    s.begin("inspection")
    lists, names = texts.checklists(), texts.checks()
    s.buttons(
        s.card(),
        [
            _kind_button(
                s,
                k,
                (
                    lists[k]
                    + (
                        " · " + QCoreApplication.translate("Maintenance", "待检")
                        if due.get(k)
                        else ""
                    )
                ),
                kind,
            )
            for k in lists
        ],
        2,
    )
    for check in checks:
        card = s.card()
        card.addWidget(label(names.get(check, check)))
        ok = s.act(
            QCoreApplication.translate("Maintenance", "正常"), "check", f"{check}=1", role="choice"
        )
        bad = s.act(
            QCoreApplication.translate("Maintenance", "异常"), "check", f"{check}=0", role="choice"
        )
        ok.setProperty("selected", answers.get(check) is True)
        bad.setProperty("selected", answers.get(check) is False)
        s.buttons(card, [ok, bad], 2)
    done = len([c for c in checks if c in answers])
    save = s.act(
        QCoreApplication.translate("Maintenance", "提交检查记录（{0}/{1}）").format(
            done, len(checks)
        ),
        "inspection_save",
        role="primary",
    )
    save.setEnabled(done == len(checks))
    s.content.addWidget(save)
    s.text(QCoreApplication.translate("Maintenance", "最近的检查记录"), role="heading")
    for record in history:
        abnormal = "、".join(
            names.get(c, c) for c in record.abnormal
        ) or QCoreApplication.translate("Maintenance", "全部正常")
        widget = s.text(
            QCoreApplication.translate("Maintenance", "{0} · {1} · 工号 {2} · {3}").format(
                _when(record.at), lists.get(record.kind, record.kind), record.staff_no, abnormal
            )
        )
        widget.setObjectName(f"inspection-{record.id}")
    s.end()


def _kind_button(s: MaintenanceScreen, key: str, text: str, chosen: str) -> QPushButton:
    widget = s.act(text, "checklist", key, role="choice")
    widget.setProperty("selected", key == chosen)
    return widget


def catalogue(s: MaintenanceScreen, items: Sequence[ItemRow]) -> None:
    s.begin("catalogue")
    s.text(
        QCoreApplication.translate(
            "Maintenance", "事项入驻或变更先试运行不少于1个月，再正式运行；撤销后首页不再显示。"
        ),
        role="muted",
    )
    names = texts.lifecycles()
    for item in items:
        card = s.card()
        state = label(f"{item.name} · {names.get(item.lifecycle, item.lifecycle)}", role="heading")
        state.setObjectName(f"item-{item.item_id}")
        card.addWidget(state)
        choices = []
        for lifecycle, text in names.items():
            widget = s.act(text, "lifecycle", f"{item.item_id}={lifecycle}", role="choice")
            widget.setProperty("selected", item.lifecycle == lifecycle)
            choices.append(widget)
        s.buttons(card, choices)
    s.end()


def hours(s: MaintenanceScreen, daily: str, closed: set[str], saved: bool) -> None:
    s.begin("hours")
    card = s.card()
    card.addWidget(label(QCoreApplication.translate("Maintenance", "每日服务时间"), role="muted"))
    shown = label(daily, role="title")
    shown.setObjectName("hours-daily")
    card.addWidget(shown)
    s.buttons(
        card,
        [
            s.act(
                QCoreApplication.translate("Maintenance", "开始 −30分"), "hours_step", "start=-30"
            ),
            s.act(
                QCoreApplication.translate("Maintenance", "开始 +30分"), "hours_step", "start=30"
            ),
            s.act(QCoreApplication.translate("Maintenance", "全天24小时"), "hours_step", "all=0"),
            s.act(QCoreApplication.translate("Maintenance", "结束 −30分"), "hours_step", "end=-30"),
            s.act(QCoreApplication.translate("Maintenance", "结束 +30分"), "hours_step", "end=30"),
        ],
    )
    card = s.card()
    card.addWidget(
        label(QCoreApplication.translate("Maintenance", "休息日（点选切换）"), role="muted")
    )
    days = []
    for key, text in zip(
        ("mon", "tue", "wed", "thu", "fri", "sat", "sun"), texts.weekdays(), strict=True
    ):
        widget = s.act(
            text
            + (" · " + QCoreApplication.translate("Maintenance", "休息") if key in closed else ""),
            "hours_day",
            key,
            role="choice",
        )
        widget.setProperty("selected", key in closed)
        days.append(widget)
    s.buttons(card, days, 4)
    s.content.addWidget(
        s.act(
            QCoreApplication.translate("Maintenance", "保存服务时间"), "hours_save", role="primary"
        )
    )
    if saved:
        s.text(
            QCoreApplication.translate("Maintenance", "已保存，页脚和闭馆画面立即按新时间显示。"),
            name="hours-saved",
        )
    s.end()


def followups(
    s: MaintenanceScreen, rows: Sequence[FollowUp], items: Mapping[str, str], now: dt.datetime
) -> None:
    s.begin("followups")
    s.text(QCoreApplication.translate("Maintenance", "差评须在15天内回访整改。"), role="muted")
    if not rows:
        s.text(QCoreApplication.translate("Maintenance", "没有差评回访。"), role="muted")
    for row in rows:
        card = s.card()
        if row.closed_at:
            state = QCoreApplication.translate("Maintenance", "已回访 {0}").format(
                _when(row.closed_at)
            )
        elif row.overdue(now):
            state = QCoreApplication.translate("Maintenance", "已超期")
        else:
            state = QCoreApplication.translate("Maintenance", "剩 {0} 天").format(
                row.days_left(now)
            )
        head = label(
            f"{items.get(row.item_id, row.item_id)} · {row.level}★ · {state}",
            role="heading",
        )
        head.setObjectName(f"followup-{row.transaction_id}")
        card.addWidget(head)
        card.addWidget(
            label(
                QCoreApplication.translate("Maintenance", "办件 {0} · 原因：{1} · 期限 {2}").format(
                    row.transaction_id, row.reason or "—", _when(row.due_at)
                )
            )
        )
        if row.overdue(now):
            card.addWidget(
                label(
                    QCoreApplication.translate("Maintenance", "已超过回访期限，请尽快回访。"),
                    role="error",
                )
            )
        if not row.closed_at:
            card.addWidget(
                s.act(
                    QCoreApplication.translate("Maintenance", "已回访，关闭"),
                    "followup_close",
                    row.transaction_id,
                )
            )
    s.end()
