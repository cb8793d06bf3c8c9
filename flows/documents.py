"""Lay out a platform answer for the screen, the receipt and the A4 certificate, from item data."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from devices.interfaces import Receipt, ReceiptLine
from flows.context import Certificate, CitizenData, FlowContext
from flows.model import Item, Text
from flows.views import Table

_PRINT_LABELS = {
    "receipt": Text.of(
        {"zh_CN": "打印凭条", "zh_TW": "列印憑條", "en_US": "Print receipt", "ug": "تالون بېسىش"}
    ),
    "a4": Text.of(
        {
            "zh_CN": "打印证明（A4）",
            "zh_TW": "列印證明（A4）",
            "en_US": "Print certificate (A4)",
            "ug": "ئىسپات بېسىش (A4)",
        }
    ),
}


@dataclass(frozen=True)
class Column:
    key: str
    label: Text


@dataclass(frozen=True)
class TableLayout:
    key: str
    title: Text
    columns: tuple[Column, ...]
    limit: int


@dataclass(frozen=True)
class ResultLayout:
    statement: str
    fields: tuple[Column, ...]
    table_layouts: tuple[TableLayout, ...]

    @classmethod
    def from_options(cls, options: Mapping[str, Any]) -> ResultLayout:
        return cls(
            statement=str(options.get("statement", "")),
            fields=tuple(Column(f["key"], Text.of(f["label"])) for f in options.get("fields", ())),
            table_layouts=tuple(
                TableLayout(
                    t["key"],
                    Text.of(t["title"]),
                    tuple(Column(c["key"], Text.of(c["label"])) for c in t["columns"]),
                    int(t.get("limit", 12)),
                )
                for t in options.get("tables", ())
            ),
        )

    def rows(self, answer: Mapping[str, Any]) -> tuple[tuple[Text, str], ...]:
        return tuple((f.label, _plain(answer.get(f.key))) for f in self.fields if f.key in answer)

    def tables(self, answer: Mapping[str, Any]) -> tuple[Table, ...]:
        tables = []
        for layout in self.table_layouts:
            records = answer.get(layout.key)
            if not isinstance(records, list):
                continue
            rows = tuple(
                tuple(_plain(r.get(c.key)) if isinstance(r, dict) else "" for c in layout.columns)
                for r in records[: layout.limit]
            )
            tables.append(Table(layout.title, tuple(c.label for c in layout.columns), rows))
        return tuple(tables)


def _plain(value: object) -> str:
    """Platform values as one line of plain text (no markup, no control characters)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "、".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return "；".join(f"{_plain(v)}" for v in value.values())
    text = str(value)
    return "".join(ch for ch in text if ch.isprintable())[:200]


def print_choices(
    options: Mapping[str, Any],
    answer: Mapping[str, Any],
    usable: Callable[[str], bool] = lambda device: True,
) -> Iterator[tuple[str, Text]]:
    """The formats the print step offers: only on a printer that works now, and A4 only when
    the answer carries what it certifies."""
    if options.get("receipt", False) and usable("receipt_printer"):
        yield "receipt", _PRINT_LABELS["receipt"]
    a4 = options.get("a4")
    certifies = answer.get(str(options.get("a4_requires", "document_number")))
    if a4 and certifies and usable("a4_printer"):
        yield "a4", _PRINT_LABELS["a4"]


def receipt(
    item: Item, layout_options: Mapping[str, Any], data: CitizenData, ctx: FlowContext
) -> Receipt:
    language = ctx.language()
    layout = ResultLayout.from_options(layout_options)
    lines = [ReceiptLine(ctx.site_name, bold=True, centered=True)]
    if ctx.training:
        lines.append(ReceiptLine("培训模式 · 仅供演示 TRAINING", centered=True))
    lines.append(ReceiptLine(item.name.get(language), bold=True, centered=True, large=True))
    if data.identity is not None:
        lines.append(ReceiptLine(f"{data.identity.masked_name}  {data.identity.masked_id}"))
    answer = data.answer
    if layout.statement and answer.get(layout.statement):
        lines.append(ReceiptLine(_plain(answer[layout.statement])))
    for label, value in layout.rows(answer):
        lines.append(ReceiptLine(f"{label.get(language)}: {value}"))
    for table in layout.tables(answer):
        lines.append(ReceiptLine(table.title.get(language), bold=True))
        lines.append(ReceiptLine("  ".join(h.get(language) for h in table.headers)))
        lines.extend(ReceiptLine("  ".join(row)) for row in table.rows)
    lines.extend(payment_lines(data))
    lines.append(ReceiptLine(f"No. {ctx.transaction_id}"))
    lines.append(ReceiptLine(ctx.now().strftime("%Y-%m-%d %H:%M")))
    lines.append(ReceiptLine("咨询投诉 12345", centered=True))
    return Receipt(tuple(lines))


def payment_lines(data: CitizenData) -> list[ReceiptLine]:
    """Amount and order number of a paid fee; never a card or account number."""
    order = data.order
    if not data.paid or order is None:
        return []
    fen = order.amount_fen
    return [
        ReceiptLine(f"已缴费：{fen // 100}.{fen % 100:02d} 元", bold=True),
        ReceiptLine(f"订单号：{order.order_id}"),
    ]


def payment_receipt(item: Item, data: CitizenData, ctx: FlowContext) -> Receipt | None:
    """The receipt for a fee paid on an A4 item: amount, order number, time."""
    lines = payment_lines(data)
    if not lines:
        return None
    return Receipt(
        (
            ReceiptLine(ctx.site_name, bold=True, centered=True),
            ReceiptLine("缴费凭条", bold=True, centered=True, large=True),
            ReceiptLine(item.name.get("zh_CN")),
            *lines,
            ReceiptLine(f"办件编号：{ctx.transaction_id}"),
            ReceiptLine(ctx.now().strftime("%Y-%m-%d %H:%M")),
            ReceiptLine("咨询投诉 12345", centered=True),
        )
    )


def certificate(
    item: Item, options: Mapping[str, Any], data: CitizenData, ctx: FlowContext
) -> Certificate:
    identity = data.identity
    answer = data.answer
    return Certificate(
        template=str(options.get("a4", "")),
        title=item.name.get("zh_CN").removesuffix("查询打印").removesuffix("打印"),
        holder_name=identity.name if identity else "",
        holder_id_number=identity.id_number if identity else "",
        statement=_plain(answer.get("statement")),
        document_number=_plain(answer.get("document_number")),
        issued_at=_plain(answer.get("issued_at")),
        issuer=_plain(answer.get("issuer")),
        verify_url=_plain(answer.get("verify_url")),
        transaction_id=ctx.transaction_id,
        site_name=ctx.site_name,
        training=ctx.training,
    )
