"""The data directory rules, including portable mode (a ``data`` folder beside the program)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from destination_europe import cli
from destination_europe.core import datadir
from destination_europe.core.datadir import (
    DataDirError,
    app_folder,
    portable_data_dir,
    prepare_data_dir,
)


def _bundle(tmp_path: Path) -> Path:
    """A fake one-folder bundle: <tmp>/stick/destination-europe (the executable)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    exe = folder / "destination-europe"
    exe.write_bytes(b"")
    return exe


def test_frozen_app_uses_a_data_folder_beside_the_executable(tmp_path: Path) -> None:
    exe = _bundle(tmp_path)
    (exe.parent / "data").mkdir()
    assert portable_data_dir(executable=str(exe), frozen=True) == exe.parent.resolve() / "data"


def test_frozen_app_without_a_data_folder_is_not_portable(tmp_path: Path) -> None:
    exe = _bundle(tmp_path)
    assert portable_data_dir(executable=str(exe), frozen=True) is None


def test_a_file_named_data_does_not_make_it_portable(tmp_path: Path) -> None:
    exe = _bundle(tmp_path)
    (exe.parent / "data").write_text("not a folder")
    assert portable_data_dir(executable=str(exe), frozen=True) is None


def test_portable_option_forces_the_folder_and_prepare_creates_it(tmp_path: Path) -> None:
    exe = _bundle(tmp_path)
    folder = portable_data_dir(True, executable=str(exe), frozen=True)
    assert folder == exe.parent.resolve() / "data"
    assert not folder.exists()
    assert prepare_data_dir(folder) == folder
    assert folder.is_dir()


def test_source_checkout_is_portable_only_when_asked() -> None:
    repo = Path(datadir.__file__).resolve().parents[2]
    assert app_folder(frozen=False) == repo
    assert portable_data_dir(frozen=False) is None
    assert portable_data_dir(True, frozen=False) == repo / "data"


def test_symlinked_executable_resolves_to_the_real_bundle(tmp_path: Path) -> None:
    exe = _bundle(tmp_path)
    (exe.parent / "data").mkdir()
    link_dir = tmp_path / "bin"
    link_dir.mkdir()
    (link_dir / "destination-europe").symlink_to(exe)
    found = portable_data_dir(executable=str(link_dir / "destination-europe"), frozen=True)
    assert found == exe.parent.resolve() / "data"


def test_macos_app_bundle_looks_beside_the_app(tmp_path: Path) -> None:
    macos = tmp_path / "stick" / "Destination Europe.app" / "Contents" / "MacOS"
    macos.mkdir(parents=True)
    exe = macos / "destination-europe"
    exe.write_bytes(b"")
    (tmp_path / "stick" / "data").mkdir()
    assert app_folder(executable=str(exe), frozen=True) == (tmp_path / "stick").resolve()
    assert (
        portable_data_dir(executable=str(exe), frozen=True)
        == (tmp_path / "stick" / "data").resolve()
    )


def _chosen_data_dir(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> Path | None:
    """Run the CLI up to the point where it prepares the data folder; return that folder."""
    seen: list[Path | None] = []

    def fake_prepare(path: Path | None) -> Path:
        seen.append(path)
        raise DataDirError("stop here")  # no GUI: the CLI reports the error and returns

    monkeypatch.setattr(cli, "prepare_data_dir", fake_prepare)
    assert cli.main(argv) == 2
    return seen[0]


def test_cli_uses_the_data_folder_of_a_frozen_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = _bundle(tmp_path)
    (exe.parent / "data").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert _chosen_data_dir(monkeypatch, ["self-test"]) == exe.parent.resolve() / "data"


def test_cli_data_dir_option_wins_over_portable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exe = _bundle(tmp_path)
    (exe.parent / "data").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    chosen = _chosen_data_dir(
        monkeypatch, ["--portable", "--data-dir", str(tmp_path / "mine"), "self-test"]
    )
    assert chosen == tmp_path / "mine"


def test_cli_portable_option_from_source(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "frozen", raising=False)
    repo = Path(datadir.__file__).resolve().parents[2]
    assert _chosen_data_dir(monkeypatch, ["--portable", "self-test"]) == repo / "data"
    assert _chosen_data_dir(monkeypatch, ["self-test"]) is None
