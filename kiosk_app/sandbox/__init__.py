"""The bundled sandbox government platform: the default back end, so nothing needs a real one."""

from kiosk_app.sandbox.server import ROUTES, SandboxPlatform

__all__ = ["ROUTES", "SandboxPlatform"]
