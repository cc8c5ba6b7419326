# OrgDesign developer commands.  `make run` and `make test` install everything
# they need from nothing (Debian/Ubuntu, as root or with sudo).

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
export QT_QPA_PLATFORM ?= offscreen

# Debian packages: Graphviz, CJK fonts, Xvfb, PDF tools, Qt's runtime libraries,
# LibreOffice Calc (recalculates exported workbooks in the tests).
SYSTEM_PACKAGES := graphviz fonts-noto-cjk xvfb xauth poppler-utils make libreoffice-calc-nogui desktop-file-utils \
	libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
	libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0

.PHONY: run test deps system venv lint format imports typecheck pytest bench \
	screenshots samples clean translations gallery

## run: install everything, then open the app on a sample (headless: write out/)
run: deps
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
		$(PY) -m orgdesign open resources/samples/bakery-en.orgd; \
	else \
		echo "No display here: doing the same job headless, writing the sample's outputs to out/"; \
		mkdir -p out; \
		$(PY) -m orgdesign sample crm --lang zh -o out/crm-zh.orgd && \
		$(PY) -m orgdesign info out/crm-zh.orgd && \
		$(PY) -m orgdesign info out/crm-zh.orgd --json > out/crm-zh.info.json && \
		$(PY) -m orgdesign check out/crm-zh.orgd > out/crm-zh.check.txt || test $$? -eq 1; \
		QT_QPA_PLATFORM=offscreen $(PY) -m orgdesign.app.smoke out/crm-zh.png out/crm-zh.orgd && \
		$(PY) -m orgdesign export out/crm-zh.orgd -o out/crm-zh-inverted.svg --view inverted && \
		$(PY) -m orgdesign export out/crm-zh.orgd -o out/crm-zh-rings.pdf --view rings && \
		$(PY) -m orgdesign raci export out/crm-zh.orgd -o out/crm-zh-raci.xlsx && \
		echo "wrote out/: crm-zh.orgd, .info.json, .check.txt, the window (.png), inverted chart (.svg), rings (.pdf), RACI workbook (.xlsx)"; \
	fi

## test: install everything, then lint, import contract and the whole suite
test: deps lint imports pytest

deps: system venv

system:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing system packages: $$missing"; \
		$(SUDO) apt-get update -q && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q --no-install-recommends $$missing; \
	fi

venv: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "OrgDesign needs Python 3.11+"'
	$(PYTHON) -m venv $(VENV) || { $(SUDO) apt-get install -y -q python3-venv && $(PYTHON) -m venv $(VENV); }
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

lint:
	$(VENV)/bin/ruff check orgdesign tests bench packaging

format:
	$(VENV)/bin/ruff format orgdesign tests bench

imports:
	$(VENV)/bin/lint-imports

typecheck:
	$(VENV)/bin/mypy orgdesign

pytest:
	$(VENV)/bin/pytest -n 2 -q -p no:cacheprovider

## bench: every benchmark, figures printed
bench: deps
	@for b in bench/*.py; do echo "== $$b"; $(PY) $$b || exit 1; done

## samples: regenerate resources/samples/*.orgd from the builders
samples: venv
	$(PY) -m orgdesign.samples.write resources/samples

## gallery: every sample in every view as PNG, and PDF pages via pdftoppm, in docs/gallery
gallery: deps
	$(PY) -m orgdesign.export.gallery docs/gallery

screenshots: deps
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) -m orgdesign.app.screenshots docs/screenshots

clean:
	rm -rf $(VENV) out build dist .pytest_cache .ruff_cache .hypothesis

## translations: refresh the .ts source from the code (the window's strings and the
## message templates of the lower layers), then compile the .qm
TRANSLATED_DIRS := orgdesign/app orgdesign/model orgdesign/edit orgdesign/io orgdesign/analysis orgdesign/export orgdesign/render orgdesign/layout
translations: venv
	$(VENV)/bin/pyside6-lupdate $$(find $(TRANSLATED_DIRS) -name '*.py' | sort) \
		-ts resources/translations/orgdesign_zh_CN.ts -no-obsolete
	$(VENV)/bin/pyside6-lrelease resources/translations/orgdesign_zh_CN.ts \
		-qm resources/translations/orgdesign_zh_CN.qm

# ---- installable desktop app (packaging/README.md) ---------------------------
.PHONY: package package-test install-desktop

## package: the desktop bundle dist/orgdesign-<version>/ and its .tar.gz (PyInstaller, about 2 min);
## installs the `packaging` extra of pyproject.toml (PyInstaller) into the venv first
package: deps
	@command -v objdump >/dev/null || $(SUDO) apt-get install -y -q --no-install-recommends binutils
	@command -v fc-match >/dev/null || $(SUDO) apt-get install -y -q --no-install-recommends fontconfig
	$(PY) packaging/build.py

## package-test: run the built bundle headless: version, sample, exports, main window, start-up time
package-test: deps
	@command -v xwininfo >/dev/null || $(SUDO) apt-get install -y -q --no-install-recommends x11-utils
	$(PY) packaging/check_bundle.py

## install-desktop: menu entry, .orgd file type and icons for the current user (XDG_DATA_HOME);
## EXEC=/path/to/orgdesign sets the command the menu entry runs
install-desktop:
	$(PYTHON) packaging/install_desktop.py $(if $(EXEC),--exec "$(EXEC)")
