"""The scan step (std 4.1b): put a material on the scanner, see what will be sent, confirm it or
scan again. The page is cropped, straightened and checked for legibility on a worker; an
illegible page cannot be confirmed, and the preview says how to make it better.

Options in the item file:
    key = "leaving_certificate"             # names the material in the application
    title = { zh_CN = "离职证明", ... }      # what to put on the glass
    hint = { zh_CN = "正面朝下...", ... }     # optional: how
    pages = 2                               # optional: up to this many pages (default 1)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from devices.interfaces import DocumentScanner
from devices.status import DeviceError
from flows.capture import ScannedPage
from flows.model import Text
from flows.steps import NEXT, Outcome, Run, Step, error_key
from flows.views import Job, Problem, ScanPreview, ScanPrompt, Working

if TYPE_CHECKING:
    from devices.document_image import PreparedPage

MAX_PAGES = 10
_DEFAULT_HINT = {
    "zh_CN": "请把材料有字的一面朝下，平放在扫描区内，然后点“开始扫描”。",
    "zh_TW": "請把材料有字的一面朝下，平放在掃描區內，然後點「開始掃描」。",
    "en_US": "Lay the page face down and flat in the scanning area, then tap Scan.",
    "ug": "ماتېرىيالنىڭ خەت بار يۈزىنى ئاستىغا قىلىپ سىكانېرلاش رايونىغا تۈز قويۇڭ، "
    "ئاندىن «سىكانېرلاش» نى بېسىڭ.",
}
# Problems the citizen can fix at the scanner: shown on the prompt, never a dead end.
CITIZEN_FIXABLE = {"scanner_no_document", "scanner_cover_open", "scanner_busy", "scan_unreadable"}


def _scan_and_prepare(scanner: DocumentScanner) -> PreparedPage:
    """On a worker: scan, then crop, straighten and check (OpenCV is loaded here, on first use,
    not when the catalogue loads)."""
    from devices.document_image import prepare

    return prepare(scanner.scan())


class ScanStep(Step):
    def __init__(self, options: Mapping[str, Any]) -> None:
        super().__init__(options)
        self.key = str(options["key"])
        if not self.key.replace("_", "").isalnum():
            raise ValueError("scan 'key' must be letters, digits and underscores")
        self.title = Text.of(options["title"])
        self.hint = Text.of(options.get("hint", _DEFAULT_HINT))
        self.max_pages = int(options.get("pages", 1))
        if not 1 <= self.max_pages <= MAX_PAGES:
            raise ValueError(f"scan 'pages' must be 1 to {MAX_PAGES}")
        self._pending: PreparedPage | None = None

    def _pages(self, run: Run) -> list[ScannedPage]:
        return [page for page in run.data.scans if page.material == self.key]

    def _prompt(self, run: Run, error: str = "") -> ScanPrompt:
        done = len(self._pages(run))
        return ScanPrompt(
            run.item,
            run.progress,
            self.title,
            self.hint,
            page=min(done + 1, self.max_pages),
            max_pages=self.max_pages,
            can_finish=done >= 1,
            error=error,
        )

    def enter(self, run: Run) -> Outcome:
        return self._prompt(run)

    def _scan(self, run: Run) -> Outcome:
        scanner = run.ctx.scanner
        if scanner is None:
            return Problem(run.item, run.progress, "device_unavailable", ("exit",))
        return Working(run.item, run.progress, "scanning", Job(lambda: _scan_and_prepare(scanner)))

    def on_action(self, run: Run, action: str, value: object) -> Outcome | None:
        if action == "scan":
            if len(self._pages(run)) >= self.max_pages:
                return NEXT
            return self._scan(run)
        if action == "retake":
            self._pending = None
            return self._prompt(run)
        if action == "retry":
            return self._prompt(run)
        if action == "done" and self._pages(run):
            return NEXT
        if action == "confirm" and self._pending is not None and self._pending.legible:
            page, self._pending = self._pending, None
            run.data.scans.append(
                ScannedPage(self.key, self.title, page.jpeg, page.width, page.height)
            )
            if len(self._pages(run)) >= self.max_pages:
                return NEXT
            return self._prompt(run)
        return None

    def on_job(self, run: Run, result: object) -> Outcome:
        from devices.document_image import PreparedPage  # loaded by the scan job already

        if not isinstance(result, PreparedPage):
            return self._prompt(run, "scan_unreadable")
        self._pending = result
        return ScanPreview(
            run.item,
            run.progress,
            self.title,
            page=len(self._pages(run)) + 1,
            max_pages=self.max_pages,
            preview=result.preview,
            width=result.width,
            height=result.height,
            problems=result.problems,
        )

    def on_job_error(self, run: Run, error: BaseException) -> Outcome:
        key = error_key(error)
        if isinstance(error, DeviceError) and key in CITIZEN_FIXABLE:
            return self._prompt(run, key)
        return Problem(run.item, run.progress, key, ("retry", "exit"))

    def leave(self, run: Run) -> None:
        self._pending = None  # an unconfirmed page goes with the citizen's other data
