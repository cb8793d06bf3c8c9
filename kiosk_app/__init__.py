"""Composition root: configuration, sessions, store, platform, and the wiring of ui/ to flows/."""
