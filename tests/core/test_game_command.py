"""``destination-europe game simulate`` and ``game check`` (run in-process)."""

from __future__ import annotations

import json
from pathlib import Path

from destination_europe.cli import main

ROOT = Path(__file__).resolve().parents[2]


def test_simulate_prints_a_deterministic_outcome(capsys) -> None:
    assert main(["game", "simulate", "--seed", "4", "--players", "4"]) == 0
    first = capsys.readouterr().out
    assert main(["game", "simulate", "--seed", "4", "--players", "4"]) == 0
    assert capsys.readouterr().out == first
    assert "round eu" in first and "round city" in first and "secret priority" in first


def test_simulate_json_is_the_session_summary(capsys) -> None:
    assert (
        main(
            ["game", "simulate", "--seed", "2", "--strategy", "control", "--rule", "lead", "--json"]
        )
        == 0
    )
    summary = json.loads(capsys.readouterr().out)
    assert summary["decision_rule"] == "lead" and summary["finished"]


def test_simulate_refuses_bad_input_clearly(capsys) -> None:
    assert main(["game", "simulate", "--country", "XX"]) == 2
    assert "unknown-country" in capsys.readouterr().err
    assert main(["game", "simulate", "--players", "12"]) == 2
    assert "too-many-players" in capsys.readouterr().err


def test_check_passes_on_the_shipped_files_and_fails_on_broken_ones(capsys, tmp_path: Path) -> None:
    assert main(["game", "check"]) == 0
    assert "0 error(s)" in capsys.readouterr().out
    (tmp_path / "resources" / "game").mkdir(parents=True)
    assert main(["game", "check", "--root", str(tmp_path)]) == 1
    assert "resources/game/roles.yaml:1: error" in capsys.readouterr().out


def test_check_without_a_game_folder_is_an_error(capsys, tmp_path: Path) -> None:
    assert main(["game", "check", "--root", str(tmp_path)]) == 1
    assert "no such folder" in capsys.readouterr().err
