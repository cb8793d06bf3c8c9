"""From raw samples to the numbers in results.json, and the table printed at the end."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from typing import Any

from benchmarks.stats import Summary, summarize

MIB = 1024.0


def _ms(values: list[float]) -> Summary | None:
    return summarize([v * 1000 for v in values], 2)


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def cold_start(raw: dict[str, Any]) -> dict[str, Any]:
    kiosk, chromium = raw["kiosk"], raw["chromium"]
    ready = [r["ready_s"] for r in kiosk]
    first = [r["first_paint_s"] for r in chromium]
    phases = {
        name: round(statistics.median(r["phases_s"][name] for r in kiosk) * 1000, 1)
        for name in kiosk[0]["phases_s"]
    }
    lcp = [r["largest_contentful_paint_s"] for r in chromium if r["largest_contentful_paint_s"]]
    return {
        "kiosk": {
            "ready_s": summarize(ready),
            "painted_s": summarize([r["painted_s"] for r in kiosk]),
            "phases_ms_median": phases,
            "screens": sorted({r["screen"] for r in kiosk}),
        },
        "chromium": {
            "first_paint_s": summarize(first),
            "first_contentful_paint_s": summarize(
                [r["first_contentful_paint_s"] for r in chromium]
            ),
            "largest_contentful_paint_s": summarize(lcp),
            "navigation_start_s": summarize([r["navigation_start_s"] for r in chromium]),
        },
        "bare_pyside6": {
            "ready_s": summarize([r["ready_s"] for r in raw["bare_pyside6"]]),
            "pss_mib": summarize([r["pss_kib"] / MIB for r in raw["bare_pyside6"]], 1),
            "ratio": _ratio(_median([r["ready_s"] for r in raw["bare_pyside6"]]), _median(first)),
        },
        "static_home": _floor(raw.get("static_home", []), first),
        "ratio": _ratio(_median(ready), _median(first)),
        "ratio_per_run": summarize([k / c for k, c in zip(ready, first, strict=True)], 3),
        "runs": raw,
    }


def _floor(runs: list[dict[str, Any]], chromium_first_paint: list[float]) -> dict[str, Any]:
    """A reference start-up (the static home screen) beside Chromium's, with its phases."""
    if not runs:
        return {}
    phases = {
        key: _median([r["phases_s"][key] for r in runs]) * 1000 for key in runs[0]["phases_s"]
    }
    return {
        "ready_s": summarize([r["ready_s"] for r in runs]),
        "pss_mib": summarize([r["pss_kib"] / MIB for r in runs], 1),
        "phases_ms_median": {key: round(value, 1) for key, value in phases.items()},
        "ratio": _ratio(_median([r["ready_s"] for r in runs]), _median(chromium_first_paint)),
    }


def memory(cold: dict[str, Any], journeys: dict[str, Any]) -> dict[str, Any]:
    chromium = [r["pss_kib"] / MIB for r in cold["chromium"]]
    chromium_median = _median(chromium)
    after = journeys.get("pss_after_kib")
    after_mib = after / MIB if after else None
    out: dict[str, Any] = {
        "camera": journeys.get("camera", "simulated"),
        "kiosk_after_start_mib": summarize([r["pss_kib"] / MIB for r in cold["kiosk"]], 1),
        "kiosk_before_journeys_mib": round(journeys["pss_start_kib"] / MIB, 1),
        "kiosk_after_journeys_mib": round(after_mib, 1) if after_mib else None,
        "kiosk_after_idle_mib": round(journeys["pss_after_idle_kib"] / MIB, 1),
        "kiosk_mib_every_10_journeys": [
            [count, round(kib / MIB, 1)] for count, kib in journeys.get("pss_curve", [])
        ],
        "journeys": len(journeys.get("journeys", [])),
        "widgets_after_journeys": journeys.get("widgets_after"),
        "chromium_mib": summarize(chromium, 1),
        "chromium_processes": sorted({r["processes"] for r in cold["chromium"]}),
        "chromium_after_idle_mib": round(journeys["idle"]["chromium_pss_kib"] / MIB, 1),
        "ratio": _ratio(after_mib, chromium_median),
        "ratio_at_start": _ratio(
            _median([r["pss_kib"] / MIB for r in cold["kiosk"]]), chromium_median
        ),
    }
    models = journeys.get("face_models")
    if out["camera"] == "opencv" and after_mib:  # the journeys themselves loaded them
        out["kiosk_with_face_models_mib"] = round(after_mib, 1)
        out["face_models_add_mib"] = None
        out["ratio_with_face_models"] = out["ratio"]
    elif models and models.get("loaded"):
        with_models = models["pss_kib"] / MIB
        out["kiosk_with_face_models_mib"] = round(with_models, 1)
        out["face_models_add_mib"] = round(with_models - journeys["pss_after_idle_kib"] / MIB, 1)
        out["ratio_with_face_models"] = _ratio(with_models, chromium_median)
    else:
        out["why"] = "face models: " + (models or {}).get(
            "why", "not loaded (real face driver missing)"
        )
    return out


def touch(journeys: dict[str, Any]) -> dict[str, Any]:
    taps = journeys["taps"]
    by_screen: dict[str, list[float]] = defaultdict(list)
    for tap in taps:
        by_screen[f"{tap['name']} -> {tap['screen']}"].append(tap["press_to_paint_ms"])
    slowest = sorted(taps, key=lambda t: -t["press_to_paint_ms"])[:5]
    values = [t["press_to_paint_ms"] for t in taps]
    a4 = [t["press_to_paint_ms"] for t in taps if t["name"] == "action-print" and _a4(t)]
    other = [t["press_to_paint_ms"] for t in taps if not (t["name"] == "action-print" and _a4(t))]
    return {
        "first_100_ms": summarize(values[:100], 2),
        "last_100_ms": summarize(values[-100:], 2),
        "print_a4_ms": summarize(a4, 2),
        "all_but_print_a4_ms": summarize(other, 2),
        "samples": taps,
        "screen_changes": len(taps),
        "press_to_paint_ms": summarize([t["press_to_paint_ms"] for t in taps], 2),
        "release_to_paint_ms": summarize([t["release_to_paint_ms"] for t in taps], 2),
        "by_tap": {key: summarize(values, 2) for key, values in sorted(by_screen.items())},
        "slowest": slowest,
        "unpainted": journeys["unpainted"],
    }


def _a4(tap: dict[str, Any]) -> bool:
    return tap.get("item") in ("no_housing_proof", "real_estate_register_extract")


def journeys_by_item(journeys: dict[str, Any]) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for journey in journeys["journeys"]:
        groups[journey["item_id"]].append(journey)
    out: dict[str, Any] = {}
    for item, runs in groups.items():
        to_paper: Counter[int] = Counter()  # taps from home (the tile) to paper (the print button)
        for run in runs:
            names = run["taps"]
            tile = next(i for i, name in enumerate(names) if name.startswith("tile-"))
            printed = names.index("action-print") if "action-print" in names else len(names) - 1
            to_paper[printed - tile + 1] += 1
        out[item] = {
            "n": len(runs),
            "card_to_paper_s": summarize([r["paper_out"] - r["card_in"] for r in runs], 3),
            "journey_s": summarize([r["ended"] - r["started"] for r in runs], 3),
            "taps_home_to_paper": to_paper.most_common(1)[0][0],
            "taps_total": Counter(len(r["taps"]) for r in runs).most_common(1)[0][0],
        }
    return {
        "items": out,
        "failed": journeys["failed"],
        "total_s": round(journeys["seconds"], 1),
    }


def idle(journeys: dict[str, Any]) -> dict[str, Any]:
    raw = journeys["idle"]
    kiosk = 100 * raw["kiosk_cpu_s"] / raw["seconds"]
    chromium = 100 * raw["chromium_cpu_s"] / raw["seconds"]
    return {
        "seconds": round(raw["seconds"], 1),
        "kiosk_cpu_percent": round(kiosk, 3),
        "chromium_cpu_percent": round(chromium, 3),
        "kiosk_cpu_s_per_day": round(kiosk * 864, 0),
        "chromium_cpu_s_per_day": round(chromium * 864, 0),
        "resolution_s": 0.01,  # /proc counts CPU time in clock ticks of 10 ms
    }


def pdf(journeys: dict[str, Any]) -> dict[str, Any]:
    raw = journeys["pdf"]
    seconds = raw["seconds"]
    return {
        "first_ms": round(seconds[0] * 1000, 2),
        "render_ms": _ms(seconds[1:] or seconds),
        "bytes": raw["bytes"],
        "certificate_from_a_journey": raw["from_journey"],
    }


def receipt(raw: dict[str, Any]) -> dict[str, Any]:
    return {
        "tap_to_last_byte_ms": _ms(raw["tap_to_last_byte_s"]),
        "bytes_median": _median(raw["bytes"]),
        "receipts_printed": raw["receipts_printed"],
        "journeys": raw["journeys"],
    }


def face(raw: dict[str, Any]) -> dict[str, Any]:
    if not raw.get("available"):
        return {"available": False, "why": raw.get("why", "not measured")}
    return {
        "available": True,
        "cpu": raw["cpu"],
        "frame_to_decision_ms": _ms(raw["frame_to_decision_s"]),
        "models_load_s": round(raw["models_load_s"], 3),
        "verify_still_liveness_off_s": summarize(raw["verify_still_s"], 3),
        "verify_head_turn_s": summarize(raw["verify_turn_s"], 3),
        "outcomes": raw.get("verify_still_outcomes", []) + raw.get("verify_turn_outcomes", []),
        "match_distance": round(raw["distance"], 3),
    }
