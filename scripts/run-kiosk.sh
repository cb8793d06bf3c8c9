#!/usr/bin/env bash
# Start the kiosk on its embedded defaults. With a display: the kiosk itself, full screen.
# Without one: a virtual display, a scripted citizen journey, and screenshots to look at.
set -euo pipefail
cd "$(dirname "$0")/.."
kiosk=.venv/bin/kiosk
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec "$kiosk" "$@"
fi
out=${KIOSK_SCREENSHOTS:-screenshots}
echo "No display: running a scripted citizen journey on a virtual 1080x1920 screen (Xvfb)."
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1920x1920x24" "$kiosk" --demo "$out" "$@"
echo "Look at the screens in $(cd "$out" && pwd)/"
