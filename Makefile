# Two commands, each installs what it needs on a fresh Debian 12 (root, Python 3.11):
#   make run    the kiosk on its embedded defaults (sandbox platform, simulated devices)
#   make test   the test suite (offscreen Qt), then ruff and mypy
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
APT_PACKAGES := xvfb xauth fonts-noto-cjk fonts-noto-core fonts-dejavu-core fontconfig poppler-utils \
	pcscd vsmartcard-vpcd libpcsclite1 libpcsclite-dev swig pkg-config iproute2 \
	cups cups-client libusb-1.0-0 sane-utils \
	speech-dispatcher speech-dispatcher-espeak-ng espeak-ng prometheus \
	libgl1 libegl1 libxkbcommon0 \
	libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 \
	libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 \
	libxcb-randr0 libxrender1 libxi6

.PHONY: run test apt venv lint i18n bench

apt:
	@missing=$$(for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	done); \
	if [ -n "$$missing" ]; then \
		echo "make: installing Debian packages:" $$missing; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
			apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

venv: $(VENV)/.installed

run: apt venv
	@scripts/run-kiosk.sh

test: apt venv
	$(VENV)/bin/python -m tests.faces.photos  # real photographs, fetched before the network goes
	QT_QPA_PLATFORM=offscreen scripts/run-tests.sh $(VENV)/bin/python -m pytest
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

# Catalogues for every shipped language but the source (zh_CN): re-extract, fill what a script
# can (zh_TW drafts from OpenCC, to be reviewed), list what a person must translate, compile.
I18N_LANGUAGES := en_US zh_TW ug
i18n: venv
	for lang in $(I18N_LANGUAGES); do \
		$(VENV)/bin/pyside6-lupdate $$(find kiosk_app ui -name '*.py' | sort) -ts i18n/$$lang.ts \
			-no-obsolete -locations none -source-language zh_CN -target-language $$lang \
			|| exit 1; \
	done
	$(VENV)/bin/python scripts/i18n_fill.py
	for lang in $(I18N_LANGUAGES); do \
		$(VENV)/bin/pyside6-lrelease i18n/$$lang.ts -qm i18n/$$lang.qm || exit 1; \
	done

# Benchmarks against a kiosk-mode Chromium (not part of `make test`: Chromium is ~300 MB).
bench: apt venv
	@dpkg-query -W -f='$${Status}' chromium 2>/dev/null | grep -q 'install ok installed' || \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)
	$(VENV)/bin/pip install -q -e '.[test,bench]'
	$(VENV)/bin/python -m benchmarks
	$(VENV)/bin/python -m benchmarks.check
