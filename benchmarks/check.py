"""`python -m benchmarks.check [results.json]`: compare measured numbers with the budgets.

Exit 0 when every budget measured in that run is met, 1 when any is missed (each is named),
2 when the file cannot be read. A budget not measured (e.g. face verification before the real
driver is installed) is listed as skipped; `--strict` makes that a failure too.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from benchmarks import RESULTS
from benchmarks.budgets import evaluate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.check", description=__doc__)
    parser.add_argument("results", nargs="?", type=Path, default=RESULTS)
    parser.add_argument("--strict", action="store_true", help="a skipped budget fails too")
    args = parser.parse_args(argv)
    try:
        results = json.loads(args.results.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"benchmarks.check: cannot read {args.results}: {error}", file=sys.stderr)
        return 2
    missed: list[str] = []
    skipped: list[str] = []
    for verdict in evaluate(results):
        limit = f"{verdict['limit']:g} {verdict['unit']}"
        if verdict["passed"] is None:
            skipped.append(verdict["key"])
            print(f"SKIP {verdict['key']}: {verdict['what']}: {verdict['note']}")
            continue
        value = f"{verdict['value']:.3g} {verdict['unit']}"
        if verdict["passed"]:
            print(f"ok   {verdict['key']}: {value} (budget {limit})")
        else:
            missed.append(verdict["key"])
            print(f"MISS {verdict['key']}: {verdict['what']}: {value}, budget {limit}")
    if missed:
        print(f"budgets missed: {', '.join(missed)}")
        return 1
    if skipped and args.strict:
        print(f"budgets not measured: {', '.join(skipped)}")
        return 1
    print("all measured budgets met" + (f" ({len(skipped)} skipped)" if skipped else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
