"""Device abstraction layer: one interface per device class, a shared status model, drivers.

Qt-free by contract (tests/test_layers.py): drivers run on worker threads and report through
plain callbacks that kiosk_app turns into queued Qt signals.
"""
