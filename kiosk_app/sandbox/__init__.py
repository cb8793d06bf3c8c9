"""The bundled sandbox government platform: the default back end, so nothing needs a real one.

Exports load lazily so `python -m kiosk_app.sandbox.server` runs the module once, without
runpy's double-import warning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk_app.sandbox.server import ROUTES, SandboxPlatform

__all__ = ["ROUTES", "SandboxPlatform"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from kiosk_app.sandbox import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
