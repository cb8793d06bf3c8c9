"""The table printed at the end of `python -m benchmarks`: one row per measure, the kiosk
beside the Chromium page, the ratio, the budget and whether it was met."""

from __future__ import annotations

from typing import Any

from benchmarks.budgets import Verdict
from benchmarks.stats import Summary


def _spread(s: Summary | None, unit: str = "", digits: int = 0) -> str:
    """median [min-max]"""
    if s is None:
        return "n/a"
    f = f"{{:.{digits}f}}"
    return f"{f.format(s['median'])}{unit} [{f.format(s['min'])}-{f.format(s['max'])}]"


def table(results: dict[str, Any], verdicts: list[Verdict]) -> str:
    status = {
        v["key"]: ("n/a" if v["passed"] is None else "PASS" if v["passed"] else "FAIL")
        for v in verdicts
    }
    rows: list[tuple[str, str, str, str, str, str]] = []
    cold = results.get("cold_start")
    if cold:
        k, c = cold["kiosk"], cold["chromium"]
        rows.append(
            (
                "cold start to home painted, s (median [min-max])",
                _spread(k["ready_s"], "", 3),
                _spread(c["first_paint_s"], "", 3),
                f"{cold['ratio']}x",
                "<= 0.5x",
                status["cold_start_ratio"],
            )
        )
        phases = k["phases_ms_median"]
        rows.append(
            (
                "  kiosk phases, ms: python / imports / build / show+paint",
                f"{phases['interpreter']:.0f} / {phases['imports']:.0f} / "
                f"{phases['build_kiosk'] + phases['qapplication']:.0f} / "
                f"{phases['show'] + phases['first_paint'] + phases['to_ready']:.0f}",
                "",
                "",
                "",
                "",
            )
        )
        bare = cold["bare_pyside6"]
        rows.append(
            (
                "  floor: bare PySide6 window, one label, s",
                _spread(bare["ready_s"], "", 3),
                "",
                f"{bare['ratio']}x",
                "(info)",
                "",
            )
        )
        static = cold.get("static_home")
        if static:
            p = static["phases_ms_median"]
            rows.append(
                (
                    "  floor: the same home screen as a static Qt page, s",
                    _spread(static["ready_s"], "", 3),
                    "",
                    f"{static['ratio']}x",
                    "(info)",
                    "",
                )
            )
            rows.append(
                (
                    "    its phases, ms: python / imports / build / show+paint",
                    f"{p['interpreter']:.0f} / {p['imports']:.0f} / "
                    f"{p['build_kiosk'] + p['qapplication']:.0f} / "
                    f"{p['show'] + p['first_paint'] + p['to_ready']:.0f}",
                    "",
                    "",
                    "",
                    "",
                )
            )
    mem = results.get("memory")
    if mem:
        ch = mem["chromium_mib"]["median"]
        rows.append(
            (
                "memory PSS at start, MiB",
                _spread(mem["kiosk_after_start_mib"], "", 1),
                _spread(mem["chromium_mib"], "", 1),
                f"{mem['ratio_at_start']}x",
                "",
                "",
            )
        )
        rows.append(
            (
                f"memory PSS after {mem['journeys']} journeys ({mem['camera']} camera), MiB",
                f"{mem['kiosk_after_journeys_mib']}",
                f"{ch} ({max(mem['chromium_processes'])} procs)",
                f"{mem['ratio']}x",
                "(info)",
                "",
            )
        )
        curve = mem["kiosk_mib_every_10_journeys"]
        if len(curve) > 2:
            rows.append(
                (
                    "  PSS after 0 / 10 / half / all journeys, MiB",
                    " / ".join(f"{curve[i][1]:.0f}" for i in (0, 1, len(curve) // 2, -1)),
                    "",
                    "",
                    "(info)",
                    "",
                )
            )
        added = mem.get("face_models_add_mib")
        rows.append(
            (
                "memory PSS after the journeys, face models loaded, MiB",
                f"{mem['kiosk_with_face_models_mib']}" + (f" (+{added})" if added else "")
                if "kiosk_with_face_models_mib" in mem
                else f"n/a: {mem.get('why', '')}"[:26],
                f"{ch}",
                f"{mem['ratio_with_face_models']}x" if "ratio_with_face_models" in mem else "",
                "<= 0.6x",
                status["memory_ratio"],
            )
        )
    t = results.get("touch")
    if t:
        s = t["press_to_paint_ms"]
        rows.append(
            (
                f"tap to next screen painted, ms p95 (median), n={t['screen_changes']}",
                f"{s['p95']:.1f} ({s['median']:.1f})" if s else "n/a",
                "",
                "",
                "<= 16.7",
                status["touch_p95_ms"],
            )
        )
        for label, key in (
            ("  print on an A4 item (certificate rendered meanwhile)", "print_a4_ms"),
            ("  every other tap", "all_but_print_a4_ms"),
            ("  first 100 / last 100 screen changes", ""),
        ):
            if key:
                part = t[key]
                cell = f"{part['p95']:.1f} ({part['median']:.1f})" if part else "n/a"
            else:
                first, last = t["first_100_ms"], t["last_100_ms"]
                cell = f"{first['p95']:.1f} ({first['median']:.1f}) / " + (
                    f"{last['p95']:.1f} ({last['median']:.1f})"
                )
            rows.append((label, cell, "", "", "(info)", ""))
    f = results.get("face")
    if f:
        if f["available"]:
            s = f["frame_to_decision_ms"]
            rows.append(
                (
                    "face: frame in to decision out, ms median (p95), 1 core",
                    f"{s['median']:.0f} ({s['p95']:.0f})",
                    "",
                    "",
                    "<= 150",
                    status["face_median_ms"],
                )
            )
            rows.append(
                (
                    "  face verify() call, s: still, liveness off / head turn",
                    f"{f['verify_still_liveness_off_s']['median']:.2f} / "
                    f"{f['verify_head_turn_s']['median']:.2f}",
                    "",
                    "",
                    "(info)",
                    "",
                )
            )
        else:
            rows.append(
                ("face: frame in to decision out", "not available", "", "", "<= 150", "n/a")
            )
    r = results.get("receipt")
    if r and r["tap_to_last_byte_ms"]:
        s = r["tap_to_last_byte_ms"]
        rows.append(
            (
                "receipt: tap print to last byte at printer, ms median (p95)",
                f"{s['median']:.0f} ({s['p95']:.0f})",
                "",
                "",
                "(info)",
                "",
            )
        )
    p = results.get("a4_pdf")
    if p and p["render_ms"]:
        s = p["render_ms"]
        rows.append(
            (
                "A4 certificate to PDF, ms median (p95); first",
                f"{s['median']:.0f} ({s['p95']:.0f}); {p['first_ms']:.0f}",
                "",
                "",
                "(info)",
                "",
            )
        )
    j = results.get("journeys")
    if j:
        for item, data in j["items"].items():
            rows.append(
                (
                    f"journey {item}: card in to paper out, s; taps",
                    f"{data['card_to_paper_s']['median']:.2f}; {data['taps_home_to_paper']} to "
                    f"paper, {data['taps_total']} in all",
                    "",
                    "",
                    "(info)",
                    "",
                )
            )
    i = results.get("idle")
    if i:
        rows.append(
            (
                f"idle CPU on attract screen, % of one core ({i['seconds']:.0f} s)",
                f"{i['kiosk_cpu_percent']:.2f}",
                f"{i['chromium_cpu_percent']:.2f}",
                "",
                "< 1",
                status["idle_cpu_percent"],
            )
        )
    head = ("measure", "kiosk", "Chromium page", "ratio", "budget", "")
    widths = [max(len(row[n]) for row in [head, *rows]) for n in range(6)]
    lines = ["  ".join(cell.ljust(widths[n]) for n, cell in enumerate(head)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(cell.ljust(widths[n]) for n, cell in enumerate(row)).rstrip())
    return "\n".join(lines)
