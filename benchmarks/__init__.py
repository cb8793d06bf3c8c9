"""Side-by-side benchmarks of the kiosk against the browser-kiosk alternative (issue 10).

`python -m benchmarks` measures, prints a table and writes benchmarks/results.json;
`python -m benchmarks.check` compares that file with the budgets in `budgets.py`.
README.md beside this file says what each number means and how it is measured.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.json"
SIZE = (1080, 1920)  # the kiosk's portrait screen, and the page's viewport
