"""Simulated devices for the demo, training mode and fault injection (never instead of tests
of the real drivers)."""
