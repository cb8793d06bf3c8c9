#!/bin/sh
# Runs the test suite, as root inside a private network namespace with only loopback up.
#
#   scripts/run-tests.sh [COMMAND...] [PYTEST ARGS...]
#   scripts/run-tests.sh .venv/bin/python -m pytest        (what `make test` runs)
#   scripts/run-tests.sh -x tests/pcsc                     (pytest arguments only)
#
# Why: the PC/SC tests start a real pcscd whose vpcd virtual reader listens on 0.0.0.0:35963
# and cannot be told otherwise. In a namespace of its own nothing listens on a real interface
# and no test can reach the outside network. Without root, unshare or ip, the command runs
# as it is and the PC/SC tests skip, saying why. The exit status is the command's.
set -eu

here=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
if [ "$#" -eq 0 ] || [ "${1#-}" != "$1" ]; then
    if [ -x "$here/.venv/bin/python" ]; then
        set -- "$here/.venv/bin/python" -m pytest "$@"
    else
        set -- python3 -m pytest "$@"
    fi
fi

if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1 \
    && command -v ip >/dev/null 2>&1 && unshare --net true 2>/dev/null; then
    exec unshare --net sh -c 'ip link set lo up && exec "$@"' run-tests "$@"
fi

echo "run-tests.sh: no private network namespace (needs root, unshare and ip);" \
    "running without one, so the PC/SC tests skip" >&2
exec "$@"
