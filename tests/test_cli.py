"""The command line: bad input gives a clear message and a non-zero exit, no traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: float = 180, env_extra: dict | None = None, prefix=()):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env_extra or {})}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "destination_europe", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
    )


def test_unknown_language_is_refused_clearly() -> None:
    result = run("--lang", "xx", "self-test")
    assert result.returncode == 2
    assert "unknown language 'xx'" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_data_dir_is_refused_clearly(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("--data-dir", str(blocker / "sub"), "self-test")
    assert result.returncode == 2
    assert "cannot use the data directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("self-test", "check-content", "content-stats", "--data-dir", "--lang"):
        assert command in result.stdout


def _check_self_test(result, shots: Path) -> None:
    assert result.returncode == 0, result.stdout + result.stderr
    summary = [line for line in result.stdout.splitlines() if line.startswith("self-test")]
    assert len(summary) == 1 and "OK" in summary[0], result.stdout
    assert "0 network requests blocked" in summary[0]
    pngs = sorted(p.name for p in shots.glob("*.png"))
    names = "".join(pngs)
    for section in (
        "home",
        "learn",
        "play",
        "glossary",
        "countries-trend",
        "countries-map",
        "progress",
    ):
        assert section in names, pngs
    assert all((shots / p).stat().st_size > 5000 for p in pngs)


def test_self_test_visits_every_view_offline(tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = run("--data-dir", str(tmp_path / "d"), "self-test", "--screenshots", str(shots))
    _check_self_test(result, shots)


def _can_unshare() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_unshare(), reason="needs permission for a network namespace (root)")
def test_self_test_passes_with_no_network_at_all(tmp_path: Path) -> None:
    """In an empty network namespace (loopback only) nothing can leave the machine, and
    every view must still work."""
    shots = tmp_path / "shots"
    result = run(
        "--data-dir",
        str(tmp_path / "d"),
        "self-test",
        "--screenshots",
        str(shots),
        prefix=("unshare", "-n"),
    )
    _check_self_test(result, shots)
