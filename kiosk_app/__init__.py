"""Composition root: configuration, sessions, store, platform, and the wiring of ui/ to flows/."""

from kiosk_app import malloc_tuning, pyside_sources

malloc_tuning.install()  # before the large blocks come: see the module
pyside_sources.install()  # before the other imports, so that each of them is spared
