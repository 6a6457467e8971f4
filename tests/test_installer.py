"""Build the PyInstaller bundle and prove the frozen app works offline from a fresh copy.

Slow (about a minute), so it runs only when asked:  DE_BUILD_INSTALLER=1 pytest tests/test_installer.py
The build is the documented command (installer/build.py); the bundle is then copied to a
new folder and run with an empty home directory, no network (``unshare -n`` when running
as root) and only PATH in the environment, so it cannot lean on the virtual environment.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = "destination-europe"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("DE_BUILD_INSTALLER") != "1",
        reason="set DE_BUILD_INSTALLER=1 to build the bundle",
    ),
]


def _no_network_prefix() -> list[str]:
    """``unshare -n`` (a new, empty network namespace) where we are allowed to use it."""
    unshare = shutil.which("unshare")
    if unshare and hasattr(os, "geteuid") and os.geteuid() == 0:
        probe = subprocess.run([unshare, "-n", "true"], capture_output=True)
        if probe.returncode == 0:
            return [unshare, "-n"]
    return []


class Frozen:
    """The copied bundle and how to run it."""

    def __init__(self, folder: Path, home: Path, build_output: str) -> None:
        self.folder = folder
        self.exe = folder / (APP + (".exe" if sys.platform == "win32" else ""))
        self.home = home
        self.build_output = build_output
        self.offline = _no_network_prefix()
        self.archives: list[Path] = []

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess[str]:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.home),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }
        return subprocess.run(
            [*self.offline, str(self.exe), *args],
            cwd=self.folder.parent,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Frozen:
    dist = tmp_path_factory.mktemp("dist")
    build = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--dist", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    fresh = tmp_path_factory.mktemp("fresh")
    shutil.copytree(dist / APP, fresh / APP, symlinks=True)
    home = tmp_path_factory.mktemp("home")
    frozen = Frozen(fresh / APP, home, build.stdout)
    frozen.archives = sorted(dist.glob(f"{APP}-*.tar.gz")) + sorted(dist.glob(f"{APP}-*.zip"))
    return frozen


def test_build_reports_size_and_time(frozen: Frozen) -> None:
    out = frozen.build_output
    size = re.search(r"bundle size ([\d.]+) MB", out)
    assert size, out
    # The slim baseline of the tech notes is 441 MB; a growing bundle means a slimming leak.
    assert 150 < float(size.group(1)) < 441 * 1.05, out
    assert re.search(r"build time\s+\d+ s", out), out
    assert re.search(r"archive size [\d.]+ MB", out), out


def test_archive_holds_the_bundle(frozen: Frozen) -> None:
    assert len(frozen.archives) == 1
    archive = frozen.archives[0]
    assert re.fullmatch(rf"{APP}-\d+\.\d+\.\d+.*-[a-z]+-[a-z0-9_]+\.(tar\.gz|zip)", archive.name)
    if archive.suffixes[-2:] == [".tar", ".gz"]:
        with tarfile.open(archive) as tf:
            names = set(tf.getnames())
        for wanted in (
            f"{APP}/{APP}",
            f"{APP}/_internal/plotly/package_data/plotly.min.js",
            f"{APP}/share/applications/{APP}.desktop",
        ):
            assert wanted in names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the desktop entry is Linux-only")
def test_desktop_entry_and_icons(frozen: Frozen) -> None:
    entry = (frozen.folder / "share" / "applications" / f"{APP}.desktop").read_text()
    assert "[Desktop Entry]" in entry
    assert f"Icon={APP}" in entry
    assert "Exec=" in entry
    for size in (16, 32, 48, 64, 128, 256, 512):
        png = frozen.folder / "share/icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP}.png"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(png.read_bytes()[16:20], "big") == size  # IHDR width


def test_bundle_is_slim(frozen: Frozen) -> None:
    internal = frozen.folder / "_internal"
    assert not list(internal.rglob("qml")), "QML files are not used and must be dropped"
    locales = {p.name for p in internal.rglob("qtwebengine_locales/*.pak")}
    assert "en-US.pak" in locales and "uk.pak" in locales and "el.pak" in locales
    assert "ja.pak" not in locales and "zh-CN.pak" not in locales
    assert not [p for p in internal.rglob("*Quick3D*")]
    assert (internal / "plotly" / "package_data" / "plotly.min.js").stat().st_size > 1_000_000
    # The compiled translations ship (build.py compiles them), their sources do not.
    sources = {p.stem for p in (ROOT / "resources" / "i18n").glob("*.ts")}
    assert {p.stem for p in (internal / "resources" / "i18n").glob("*.qm")} == sources
    assert not list(internal.rglob("*.ts"))


def test_frozen_self_test_offline_in_portable_mode(frozen: Frozen, tmp_path: Path) -> None:
    """A ``data`` folder beside the executable makes it portable: nothing goes to HOME."""
    data = frozen.folder / "data"
    data.mkdir()
    shots = tmp_path / "shots"
    result = frozen.run("self-test", "--screenshots", str(shots))
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    summary = re.search(r"self-test OK: (\d+) views", result.stdout)
    assert summary, output[-4000:]
    pngs = sorted(shots.glob("*.png"))
    assert len(pngs) == int(summary.group(1)) >= 5
    assert all(p.stat().st_size > 5_000 for p in pngs)  # painted, not empty
    assert any(data.iterdir()), "the portable data folder was not used"
    assert not any(frozen.home.rglob("destination-europe")), "wrote to HOME in portable mode"


def _source(*args: str) -> subprocess.CompletedProcess[str]:
    """The same command run from the source tree, for comparison."""
    return subprocess.run(
        [sys.executable, "-m", "destination_europe", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_frozen_check_content_matches_the_source_app(frozen: Frozen) -> None:
    result = frozen.run("check-content")
    output = result.stdout + result.stderr
    assert result.returncode in (0, 1), output  # ran the checker, did not crash
    assert re.search(r"check-content: \d+ error\(s\)", output), output
    source = _source("check-content")
    # Same findings, line for line: the bundle holds exactly the source content.
    assert (result.returncode, output) == (source.returncode, source.stdout + source.stderr)


def test_frozen_content_stats_match_the_source_app(frozen: Frozen) -> None:
    result = frozen.run("content-stats", "--json")
    assert result.returncode == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["lessons"] > 0 and stats["glossary_terms"] > 0
    source = _source("content-stats", "--json")
    assert source.returncode == 0, source.stderr
    assert stats == json.loads(source.stdout)


def test_frozen_version_and_help(frozen: Frozen) -> None:
    from destination_europe import __version__

    version = frozen.run("--version")
    assert version.returncode == 0 and __version__ in version.stdout
    helptext = frozen.run("--help")
    assert helptext.returncode == 0
    assert "--portable" in helptext.stdout and "check-content" in helptext.stdout
    # Plug-in subcommands are discovered at run time; the spec must have bundled them all.
    import pkgutil

    from destination_europe import commands

    for info in pkgutil.iter_modules(commands.__path__):
        module = __import__(f"destination_europe.commands.{info.name}", fromlist=["NAME"])
        assert module.NAME in helptext.stdout, module.NAME


def test_frozen_app_runs_the_alembic_migrations(frozen: Frozen, tmp_path: Path) -> None:
    """Alembic loads its scripts from files: the bundle must carry them and run them."""
    import sqlite3
    from contextlib import closing

    from destination_europe.commands import progress_cli
    from destination_europe.core.progress.migrate import HEAD_REVISION

    data = tmp_path / "data"
    result = frozen.run("--data-dir", str(data), progress_cli.NAME, "list")
    assert result.returncode == 0, result.stdout + result.stderr
    db = next(data.glob("*.sqlite3"))
    with closing(sqlite3.connect(db)) as conn:
        (version,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    assert version == HEAD_REVISION
