"""Composition root: configuration, sessions, store, platform, and the wiring of ui/ to flows/."""

from kiosk_app import pyside_sources

pyside_sources.install()  # first, so that every module imported after it is spared
