"""Desktop integration files (resources/desktop, icons) and `make install-desktop`."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from orgdesign import __version__
from orgdesign.io.project_file import dumps_project
from orgdesign.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
DESKTOP = resource_path("desktop", "org.orgdesign.OrgDesign.desktop")
METAINFO = resource_path("desktop", "org.orgdesign.OrgDesign.metainfo.xml")
MIME_XML = resource_path("desktop", "orgdesign-mime.xml")
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
APP_ID = "org.orgdesign.OrgDesign"


def _load_installer():
    # packaging/ is not a package (its name would shadow PyPA's `packaging`)
    spec = importlib.util.spec_from_file_location(
        "install_desktop", REPO / "packaging" / "install_desktop.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _desktop_keys(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(ln.split("=", 1) for ln in lines[1:] if ln and not ln.startswith("#"))


def _validate_desktop(path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool:
        done = subprocess.run([tool, str(path)], capture_output=True, text=True, check=False)
        assert done.returncode == 0 and not done.stdout.strip(), done.stdout


# ---------------------------------------------------------------- the files


def test_desktop_entry_opens_orgd_files_with_the_app():
    keys = _desktop_keys(DESKTOP.read_text(encoding="utf-8"))
    assert keys["Type"] == "Application"
    assert keys["Exec"] == "orgdesign %f"
    assert keys["Icon"] == APP_ID
    assert "application/x-orgdesign" in keys["MimeType"].split(";")
    assert "组织" in keys["Comment[zh_CN]"]
    _validate_desktop(DESKTOP)


def _magic_matches(match: ET.Element, data: bytes) -> bool:
    """shared-mime-info semantics for type="string": the value at any offset in
    the range, and (nested) every child also matching."""
    assert match.get("type") == "string"
    value = match.get("value").encode("utf-8")
    start, _, end = match.get("offset").partition(":")
    found = any(data[i:i + len(value)] == value for i in range(int(start), int(end or start) + 1))
    children = match.findall(f"{MIME_NS}match")
    return found and (not children or any(_magic_matches(c, data) for c in children))


def _mime_type() -> ET.Element:
    root = ET.parse(MIME_XML).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == ["application/x-orgdesign"]
    return types[0]


def test_mime_entry_parses_and_names_the_extension():
    mt = _mime_type()
    assert [g.get("pattern") for g in mt.findall(f"{MIME_NS}glob")] == ["*.orgd"]
    assert mt.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert mt.find(f"{MIME_NS}icon").get("name") == APP_ID


def test_mime_magic_recognises_project_files_only(sample_project):
    matches = _mime_type().find(f"{MIME_NS}magic").findall(f"{MIME_NS}match")
    written = dumps_project(sample_project).encode("utf-8")
    for data in (written, b"\xef\xbb\xbf" + written,
                 b'{"format":"orgdesign-project","schema_version":1}'):
        assert any(_magic_matches(m, data) for m in matches)
    for other in (b'{"format": "something-else"}', b'{"name": "orgdesign-project"}',
                  b"<svg>orgdesign-project</svg>"):
        assert not any(_magic_matches(m, other) for m in matches)


def test_committed_samples_are_recognised_by_magic():
    matches = _mime_type().find(f"{MIME_NS}magic").findall(f"{MIME_NS}match")
    samples = sorted(resource_path("samples").glob("*.orgd"))
    assert samples
    for path in samples:
        assert any(_magic_matches(m, path.read_bytes()[:512]) for m in matches), path.name


def test_metainfo_release_is_the_package_version_and_screenshots_exist():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert [r.get("version") for r in root.iter("release")][0] == __version__
    assert root.find("provides/mediatype").text == "application/x-orgdesign"
    images = [i.text for i in root.iter("image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (REPO / "docs" / "screenshots" / url.rsplit("/", 1)[1]).is_file(), url
    descriptions = root.find("description")
    assert any(p.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
               for p in descriptions.iter("p"))


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates_with_appstreamcli():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_png_icons_have_the_size_their_folder_says():
    hicolor = resource_path("icons", "hicolor")
    sizes = []
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        w, h = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        assert png.parent.parent.name == f"{w}x{h}"
        sizes.append(w)
    assert sorted(sizes) == [16, 22, 24, 32, 48, 64, 128, 256]


# ---------------------------------------------------------------- installing


def test_exec_argument_quotes_what_the_spec_reserves():
    inst = _load_installer()
    assert inst.exec_argument("/opt/orgdesign/orgdesign") == "/opt/orgdesign/orgdesign"
    assert inst.exec_argument("/home/王 伟/OrgDesign/orgdesign") == \
        '"/home/王 伟/OrgDesign/orgdesign"'
    # "$" escaped inside the quotes, the backslash then doubled for the key
    # file, "%" doubled because it starts a field code
    assert inst.exec_argument("/tmp/a$b") == '"/tmp/a\\\\$b"'
    assert inst.exec_argument("/tmp/100%") == "/tmp/100%%"


def test_make_install_desktop_puts_files_in_place(tmp_path, monkeypatch):
    if not shutil.which("make"):
        pytest.skip("make not installed")
    data = tmp_path / "xdg data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    exe = "/opt/Org Design/orgdesign"
    done = subprocess.run(["make", "-s", "-C", str(REPO), "install-desktop", f"EXEC={exe}",
                           f"PYTHON={sys.executable}"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    entry = data / "applications" / f"{APP_ID}.desktop"
    keys = _desktop_keys(entry.read_text(encoding="utf-8"))
    assert keys["Exec"] == f'"{exe}" %f'
    _validate_desktop(entry)
    assert (data / "mime" / "packages" / "orgdesign-mime.xml").read_bytes() == \
        MIME_XML.read_bytes()
    assert (data / "metainfo" / METAINFO.name).is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("update-mime-database"):
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-orgdesign:*.orgd" in globs

    inst = _load_installer()
    removed = inst.uninstall(data)
    assert entry in removed and not entry.exists()
    assert not list((data / "icons").rglob(f"{APP_ID}.*"))
