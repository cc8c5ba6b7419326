"""The build recipes agree with each other and with the code (they cannot all be built here).

The PyInstaller spec is built by ``make package``; the Windows and macOS
recipes only on those systems, so these tests check what can be checked on
Linux: they parse, name the same file type, executables and version.
"""

from __future__ import annotations

import ast
import platform
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from orgdesign import __version__

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
SPEC = (PACKAGING / "orgdesign.spec").read_text(encoding="utf-8")
ISS = (PACKAGING / "windows" / "orgdesign.iss").read_text(encoding="utf-8")
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _string_tuple_in(path: Path, function: str) -> list[str]:
    """The string literals of the tuple a ``for name in (...)`` loop of ``function`` walks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    fn = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == function)
    loop = next(n for n in ast.walk(fn) if isinstance(n, ast.For))
    return [e.value for e in loop.iter.elts]


def test_spec_is_python_and_names_the_bundle_after_the_version():
    compile(SPEC, "orgdesign.spec", "exec")
    assert 'NAME = f"orgdesign-{__version__}"' in SPEC
    assert "from orgdesign import __version__" in SPEC


def test_spec_lists_every_module_loaded_by_importlib():
    cli = _string_tuple_in(REPO / "orgdesign" / "cli" / "__init__.py", "_load_optional_modules")
    checks = _string_tuple_in(REPO / "orgdesign" / "analysis" / "problems.py", "run_checks")
    assert "commands_export" in cli and "rules" in checks
    for name in cli + checks:
        assert f'"{name}"' in SPEC, name


def test_spec_bundles_the_resources_the_app_reads():
    for folder in ("samples", "translations", "icons", "desktop"):
        assert f'"resources/{folder}' in SPEC, folder


def test_windows_installer_associates_orgd_with_the_windowed_executable():
    assert '#define AssocExt ".orgd"' in ISS
    assert re.search(r"^ChangesAssociations=yes$", ISS, re.M)
    # the executable the spec adds on Windows, and the folder COLLECT writes
    assert 'name="OrgDesign", debug=False' in SPEC
    assert '#define AppExe "OrgDesign.exe"' in ISS
    assert '#define BundleDir "..\\..\\dist\\orgdesign-" + AppVersion' in ISS
    assert '""{app}\\{#AppExe}"" open ""%1""' in ISS
    assert (PACKAGING / "windows" / "orgdesign.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_windows_installer_version_comes_from_the_command_line():
    assert "AppVersion={#AppVersion}" in ISS
    assert "#error" in ISS.split("#define AppName")[0]  # no version, no build
    code = [ln for ln in ISS.splitlines() if not ln.lstrip().startswith(";")]
    assert not any(re.search(r"AppVersion=\d", ln) for ln in code)  # none written in


def test_macos_plist_declares_the_orgd_type_the_linux_mime_entry_declares():
    info = plistlib.loads((PACKAGING / "macos" / "Info.plist").read_bytes())
    exported = info["UTExportedTypeDeclarations"][0]
    tags = exported["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["orgd"]
    mime = ET.parse(REPO / "resources" / "desktop" / "orgdesign-mime.xml").getroot()
    assert tags["public.mime-type"] == [mime.find(f"{MIME_NS}mime-type").get("type")]
    doc = info["CFBundleDocumentTypes"][0]
    assert doc["LSItemContentTypes"] == [exported["UTTypeIdentifier"]]
    assert info["CFBundleIdentifier"] == "org.orgdesign.OrgDesign"
    assert "CFBundleShortVersionString" not in info  # the spec sets it from __version__
    assert (PACKAGING / "macos" / doc["CFBundleTypeIconFile"]).read_bytes()[:4] == b"icns"


def test_build_script_names_the_archive_for_version_and_platform():
    import importlib.util

    spec = importlib.util.spec_from_file_location("build", PACKAGING / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert build.bundle_dir().name == f"orgdesign-{__version__}"
    system, machine = platform.system().lower(), platform.machine().lower()
    assert build.archive_path().name == f"orgdesign-{__version__}-{system}-{machine}.tar.gz"
    if (system, machine) == ("linux", "x86_64"):
        assert build.archive_path().name.endswith("-linux-x86_64.tar.gz")
