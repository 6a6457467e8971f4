"""Build the Destination Europe one-folder bundle with PyInstaller.

    .venv/bin/python installer/build.py            # icons, bundle, desktop entry, .tar.gz
    .venv/bin/python installer/build.py --no-tar   # skip the archive (quicker, used by tests)
    .venv/bin/python installer/build.py --clean    # also drop PyInstaller's cache first

The spec (installer/destination_europe.spec) chooses the files and slims Qt; this script
renders the icons, compiles the translations (.ts -> .qm), runs PyInstaller, adds the Linux desktop entry, packs the archive and
prints the bundle size, the archive size and the build time. It runs on Linux, Windows
and macOS; the desktop entry is Linux-only, Windows gets a .zip instead of a .tar.gz and
macOS a .tar.gz of the .app (tar keeps the framework symlinks).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import stat
import struct
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

INSTALLER = Path(__file__).resolve().parent
ROOT = INSTALLER.parent
ICONS = INSTALLER / "icons"
SVG = ICONS / "destination-europe.svg"
SPEC = INSTALLER / "destination_europe.spec"
APP = "destination-europe"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS chunk type -> pixel size (PNG payloads; accepted since macOS 10.7).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),
    ("ic11", 32),
    ("ic12", 64),
    ("ic13", 256),
    ("ic14", 512),
)

DESKTOP_ENTRY = """[Desktop Entry]
Type=Application
Version=1.5
Name=Destination Europe
GenericName=Learning app on migration in Europe
Comment=Learn about migration and integration in Europe, offline
Exec={exec} %u
Icon={icon}
Terminal=false
Categories=Education;Geography;Humanities;
Keywords=migration;integration;Europe;EMN;asylum;
StartupWMClass=destination-europe
"""

INSTALL_SCRIPT = """#!/bin/sh
# Add Destination Europe to the desktop menu of the current user (no root needed).
# Run it again after moving this folder. Remove with: sh install-desktop-entry.sh --remove
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$DATA/applications/destination-europe.desktop"
  for f in "$DATA"/icons/hicolor/*/apps/destination-europe.*; do rm -f "$f"; done
  echo "Removed the menu entry."
  exit 0
fi
for dir in "$HERE"/share/icons/hicolor/*/apps; do
  size="$(basename "$(dirname "$dir")")"
  mkdir -p "$DATA/icons/hicolor/$size/apps"
  cp "$dir"/destination-europe.* "$DATA/icons/hicolor/$size/apps/"
done
mkdir -p "$DATA/applications"
sed "s|^Exec=.*|Exec=\\"$HERE/destination-europe\\" %u|" \\
  "$HERE/share/applications/destination-europe.desktop" \\
  > "$DATA/applications/destination-europe.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$DATA/icons/hicolor" || true
echo "Added Destination Europe to the menu ($DATA/applications)."
"""


def version() -> str:
    text = (ROOT / "destination_europe" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__\s*=\s*"([^"]+)"', text)
    return match.group(1) if match else "0"


def platform_tag() -> str:
    system = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(
        sys.platform, sys.platform
    )
    machine = platform.machine().lower()
    machine = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{machine}"


# ----------------------------------------------------------------------------- icons


def png_path(size: int) -> Path:
    return ICONS / f"{APP}-{size}.png"


def render_pngs(sizes: tuple[int, ...], folder: Path | None = None) -> dict[int, bytes]:
    """Render the SVG at each size with QtSvg (offscreen); return the PNG bytes."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"build: cannot read {SVG}")
    out: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        out[size] = bytes(data.data())
    return out


def write_ico(path: Path, pngs: dict[int, bytes]) -> None:
    """A Windows .ico holding PNG images (valid since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    path.write_bytes(header + entries + blobs)


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    """A macOS .icns holding PNG images, including the @2x (Retina) variants."""
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def ensure_icons(force: bool = False) -> None:
    """Render PNG, ICO and ICNS from the SVG when they are missing or older than it."""
    targets = [png_path(s) for s in PNG_SIZES] + [ICONS / f"{APP}.ico", ICONS / f"{APP}.icns"]
    svg_time = SVG.stat().st_mtime
    if not force and all(t.exists() and t.stat().st_mtime >= svg_time for t in targets):
        return
    sizes = tuple(sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES}))
    pngs = render_pngs(sizes)
    for size in PNG_SIZES:
        png_path(size).write_bytes(pngs[size])
    write_ico(ICONS / f"{APP}.ico", {s: pngs[s] for s in ICO_SIZES})
    write_icns(ICONS / f"{APP}.icns", pngs)
    print(f"build: icons rendered from {SVG.name}", flush=True)


# ----------------------------------------------------------------------------- bundle


def compile_translations() -> None:
    """Compile resources/i18n/*.ts to .qm (the .qm files are git-ignored, the spec ships them)."""
    if not list((ROOT / "resources" / "i18n").glob("*.ts")):
        return
    command = [sys.executable, "-m", "destination_europe.tools.i18n", "compile"]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build: compiling the translations failed:\n{result.stderr}")
    print("build: " + result.stdout.strip(), flush=True)


def run_pyinstaller(dist: Path, work: Path, clean: bool) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
    ]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    print("build: " + " ".join(command), flush=True)
    subprocess.run(command, cwd=ROOT, check=True)


def add_desktop_entry(bundle: Path) -> None:
    """The .desktop file, the hicolor icons and a script that installs them per user."""
    share = bundle / "share"
    apps = share / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    (apps / f"{APP}.desktop").write_text(DESKTOP_ENTRY.format(exec=APP, icon=APP), encoding="utf-8")
    for size in PNG_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png_path(size), folder / f"{APP}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(SVG, scalable / f"{APP}.svg")
    # A desktop file beside the executable too, pointing at it, for file managers.
    (bundle / f"{APP}.desktop").write_text(
        DESKTOP_ENTRY.format(exec=f"./{APP}", icon=f"share/icons/hicolor/256x256/apps/{APP}.png"),
        encoding="utf-8",
    )
    script = bundle / "install-desktop-entry.sh"
    script.write_text(INSTALL_SCRIPT, encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def folder_size(folder: Path) -> int:
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def pack(bundle: Path, archive: Path) -> None:
    archive.unlink(missing_ok=True)
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(bundle.rglob("*")):
                zf.write(path, Path(bundle.name) / path.relative_to(bundle))
        return
    with tarfile.open(archive, "w:gz", compresslevel=6) as tf:
        tf.add(bundle, arcname=bundle.name)


def mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Destination Europe bundle.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder"
    )
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument("--no-tar", action="store_true", help="do not pack the archive")
    parser.add_argument("--icons", action="store_true", help="only (re)render the icons")
    args = parser.parse_args(argv)

    started = time.monotonic()
    ensure_icons(force=args.icons)
    if args.icons:
        return 0
    dist, work = args.dist.resolve(), args.work.resolve()
    compile_translations()
    t0 = time.monotonic()
    run_pyinstaller(dist, work, args.clean)
    pyinstaller_time = time.monotonic() - t0

    bundle = dist / APP
    if sys.platform == "darwin":
        bundle = dist / "Destination Europe.app"
    if sys.platform.startswith("linux"):
        add_desktop_entry(bundle)
    size = folder_size(bundle)

    archive = None
    pack_time = 0.0
    if not args.no_tar:
        ext = ".zip" if sys.platform == "win32" else ".tar.gz"  # tar keeps macOS symlinks
        archive = dist / f"{APP}-{version()}-{platform_tag()}{ext}"
        t1 = time.monotonic()
        pack(bundle, archive)
        pack_time = time.monotonic() - t1
    total = time.monotonic() - started

    print(f"build: bundle      {bundle}", flush=True)
    print(f"build: bundle size {mb(size)}")
    if archive is not None:
        print(f"build: archive     {archive}")
        print(f"build: archive size {mb(archive.stat().st_size)} (packed in {pack_time:.0f} s)")
    print(f"build: build time  {total:.0f} s (PyInstaller {pyinstaller_time:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
