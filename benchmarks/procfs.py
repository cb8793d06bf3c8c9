"""What the kernel says about a process: proportional memory (PSS) and CPU time, from /proc."""

from __future__ import annotations

import os
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def pss_kib(pid: int) -> int:
    """Proportional set size: private pages plus each shared page divided by its sharers, so
    the PSS of several processes adds up to what they really cost together."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    raise RuntimeError(f"no Pss line for {pid}")


def children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree(root: int) -> list[int]:
    """The process and all its descendants (a browser's zygotes, renderers, utilities)."""
    kids = children_map()
    found = [root]
    index = 0
    while index < len(found):
        found.extend(kids.get(found[index], []))
        index += 1
    return found


def tree_pss_kib(root: int) -> tuple[int, int]:
    """Summed PSS of a process tree and how many processes it has."""
    total = count = 0
    for pid in tree(root):
        try:
            total += pss_kib(pid)
            count += 1
        except (OSError, RuntimeError):
            continue  # ended between listing and reading
    return total, count


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of a process, all its threads (not its children)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def tree_cpu_seconds(root: int) -> float:
    total = 0.0
    for pid in tree(root):
        try:
            total += cpu_seconds(pid)
        except OSError:
            continue
    return total
