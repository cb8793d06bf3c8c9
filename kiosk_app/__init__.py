"""Composition root: configuration, sessions, store, platform, and the wiring of ui/ to flows/.

Importing the package changes two process-wide settings, on purpose, before anything else is
imported: glibc's mmap threshold (malloc_tuning) and PySide6's source check (pyside_sources,
which imports QtCore). Every kiosk process wants both; see the two modules for the memory.
"""

from kiosk_app import malloc_tuning, pyside_sources

malloc_tuning.install()  # before the large blocks come: see the module
pyside_sources.install()  # before the other imports, so that each of them is spared
