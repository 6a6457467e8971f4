"""Progress: profiles, events, resume, history, reports, class packets and backups.

Pure Python (no Qt). The interface opens one :class:`ProgressStore` per data directory.
"""

from __future__ import annotations

from .events import EventRecord
from .packets import ImportResult, PacketError
from .profiles import PinResult, ProfileError, ProfileInfo
from .store import DB_NAME, MergeResult, ProgressError, ProgressStore

__all__ = [
    "DB_NAME",
    "EventRecord",
    "ImportResult",
    "MergeResult",
    "PacketError",
    "PinResult",
    "ProfileError",
    "ProfileInfo",
    "ProgressError",
    "ProgressStore",
]
