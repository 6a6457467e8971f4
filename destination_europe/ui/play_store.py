"""Saved role-play games: one JSON file per game under ``<data dir>/games/``.

The Play section calls :meth:`GameSaves.on_game_saved` after every applied action. The file
is written atomically (a temporary file in the same folder, then ``os.replace``), so a crash
or a power cut leaves either the previous save or the new one, never half a file. Finished
games stay in the folder with ``finished: true``.

Hook for the progress integration: ``on_game_saved(game_id, state_json, finished)`` is the
one place a game is saved; recording a finished game in the learner's history belongs there.

File format::

    {"format": "destination-europe-saved-game", "version": 1, "id": "...", "finished": false,
     "saved_at": "2026-03-01T10:15:00", "facilitator": {"notes": "...", "timer_left": 600},
     "game": {... Game.to_dict() ...}}
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

SAVE_FORMAT = "destination-europe-saved-game"
SAVE_VERSION = 1
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,80}$")


@dataclass
class SavedGame:
    """What the resume list shows about one saved game."""

    game_id: str
    path: Path
    finished: bool
    saved_at: str
    country: str
    phase: str
    round_index: int
    players: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


class GameSaves:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_of(self, game_id: str) -> Path:
        if not _ID.match(game_id):
            raise ValueError(f"bad game id {game_id!r}")
        return self.folder / f"{game_id}.json"

    @staticmethod
    def new_id(seed: int, now: datetime | None = None) -> str:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        return f"game-{stamp}-{seed}"

    # -- writing ----------------------------------------------------------------------
    def on_game_saved(
        self,
        game_id: str,
        state_json: str,
        finished: bool,
        *,
        facilitator: dict[str, Any] | None = None,
    ) -> Path:
        """Write the game (``Game.to_json()``) atomically; called after every action.

        A later progress integration records finished games in the profile's history here.
        """
        path = self.path_of(game_id)
        self.folder.mkdir(parents=True, exist_ok=True)
        record = {
            "format": SAVE_FORMAT,
            "version": SAVE_VERSION,
            "id": game_id,
            "finished": bool(finished),
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "facilitator": facilitator or {},
            "game": json.loads(state_json),
        }
        text = json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{game_id}.", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return path

    # -- reading ----------------------------------------------------------------------
    def read(self, game_id: str) -> dict[str, Any]:
        """The saved record; ValueError if the file is not a saved game."""
        return self._read(self.path_of(game_id))

    @staticmethod
    def _read(path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ValueError(f"{path.name}: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
            raise ValueError(f"{path.name}: not a saved game")
        if not isinstance(data.get("game"), dict):
            raise ValueError(f"{path.name}: no game in the file")
        return data

    def game_json(self, game_id: str) -> tuple[str, dict[str, Any]]:
        """The game's JSON text (for ``Game.from_json``) and the facilitator's extras."""
        data = self.read(game_id)
        return json.dumps(data["game"]), dict(data.get("facilitator") or {})

    def list(self) -> list[SavedGame]:
        """Saved games, newest first; unreadable files are left out (and left alone)."""
        if not self.folder.is_dir():
            return []
        out: list[SavedGame] = []
        for path in self.folder.glob("*.json"):
            try:
                data = self._read(path)
                state = data["game"]["state"]
                out.append(
                    SavedGame(
                        game_id=str(data.get("id") or path.stem),
                        path=path,
                        finished=bool(data.get("finished")),
                        saved_at=str(data.get("saved_at", "")),
                        country=str(state.get("country", "")),
                        phase=str(state.get("phase", "")),
                        round_index=int(state.get("round_index", 0)),
                        players=[str(s.get("name", "")) for s in state.get("seats", [])],
                        roles=[str(s.get("role", "")) for s in state.get("seats", [])],
                    )
                )
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
        out.sort(key=lambda s: (s.saved_at, s.game_id), reverse=True)
        return out

    def delete(self, game_id: str) -> None:
        self.path_of(game_id).unlink(missing_ok=True)
