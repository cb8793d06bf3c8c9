"""Tell glibc's malloc to hand large blocks back to the system when they are freed.

glibc starts with a 128 KiB mmap threshold: a block above it gets a mapping of its own, which
goes back to the system on free. But each time such a block is freed, glibc raises the
threshold to that block's size (up to 32 MiB). After the first full-screen image (8 MiB) is
freed, the 16 MiB scrypt buffer of a PIN check, and later images and camera frames, come from
the heap or a thread's arena instead, and the pages stay with the kiosk after they are freed.
That was 16-19 MiB of the kiosk's steady memory (benchmarks/, issue 10). Setting the threshold
explicitly keeps it at 128 KiB and turns the raising off (mallopt(3)).

The price: the heap is trimmed more often and large blocks are mapped afresh, so a face frame's
analysis takes ~104 ms instead of ~100 (benchmarks/face.py, one core; budget 150).
"""

from __future__ import annotations

import ctypes

M_MMAP_THRESHOLD = -3  # from <malloc.h>
THRESHOLD = 128 * 1024


def install() -> bool:
    """False where the C library has no mallopt (not glibc): nothing changes there."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    return bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD))
