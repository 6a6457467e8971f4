"""Class packets and learner passports: JSON inside a zip, moved between PCs by USB.

Three kinds share one format (see PROGRESS.md): an *assignment* packet (teacher -> learners:
``assignment.json`` and an optional roster in ``profiles.jsonl``), a *results* packet
(learners -> teacher: ``profiles.jsonl`` and ``events.jsonl``) and a *passport* (one
learner's results, to continue on another PC). ``manifest.json`` names the kind, the format
version and the SHA-256 of every other member.

Importing treats the file as hostile: only the expected member names are read (anything
else, a path with ``..`` or a leading ``/`` included, refuses the packet); sizes and
compression ratios are limited and enforced while reading, not trusted from the header;
every line is validated before anything is written; then everything is merged in one
transaction. A refused packet raises :class:`PacketError` (file, member, line) and changes
nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from .events import EventFormatError, EventRecord, event_from_json, is_ts, is_uuid
from .profiles import LEARNER, ProfileError, ProfileInfo, check_colour, clean_name
from .views import AssignmentInfo, check_assignment

if TYPE_CHECKING:
    from .store import MergeResult, ProgressStore

FORMAT = "destination-europe-packet"
VERSION = 1
KINDS = ("assignment", "results", "passport")
MANIFEST = "manifest.json"
ASSIGNMENT = "assignment.json"
PROFILES = "profiles.jsonl"
EVENTS = "events.jsonl"
MEMBERS: dict[str, tuple[str, ...]] = {
    "assignment": (MANIFEST, ASSIGNMENT, PROFILES),
    "results": (MANIFEST, PROFILES, EVENTS),
    "passport": (MANIFEST, PROFILES, EVENTS),
}
MAX_PACKET_BYTES = 200 * 1024 * 1024  # the zip file on disk
MAX_MEMBER_BYTES = {
    MANIFEST: 64 * 1024,
    ASSIGNMENT: 1024 * 1024,
    PROFILES: 8 * 1024 * 1024,
    EVENTS: 256 * 1024 * 1024,
}
MAX_RATIO = 200  # uncompressed / compressed, for members above RATIO_FLOOR bytes
RATIO_FLOOR = 64 * 1024
MAX_LINE = 2 * 1024 * 1024


class PacketError(Exception):
    """A packet was refused. ``code`` for the interface; the message names the file, the
    member and (where it applies) the line."""

    def __init__(
        self,
        code: str,
        path: Path | str,
        detail: str,
        member: str | None = None,
        line: int | None = None,
    ) -> None:
        where = str(path)
        if member:
            where += f": {member}"
        if line is not None:
            where += f" line {line}"
        super().__init__(f"{where}: {detail}")
        self.code, self.path, self.member, self.line, self.detail = (
            code,
            str(path),
            member,
            line,
            detail,
        )


@dataclass
class Packet:
    kind: str
    created: str
    profiles: list[ProfileInfo] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    assignment: AssignmentInfo | None = None


@dataclass(frozen=True)
class ImportResult:
    path: str
    kind: str
    profiles_added: int
    profiles_updated: int
    events_added: int
    events_in_packet: int
    assignment_added: bool

    @classmethod
    def of(cls, path: Path, packet: Packet, merged: MergeResult) -> ImportResult:
        return cls(
            str(path),
            packet.kind,
            merged.profiles_added,
            merged.profiles_updated,
            merged.events_added,
            len(packet.events),
            merged.assignment_added,
        )


# ---------------------------------------------------------------- writing


def _jsonl(rows: Sequence[dict[str, Any]]) -> bytes:
    return "".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
        for r in rows
    ).encode("utf-8")


def _profile_json(p: ProfileInfo) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "colour": p.colour,
        "created": p.created_at,
        "updated": p.updated_at,
    }


def _assignment_json(a: AssignmentInfo) -> dict[str, Any]:
    return {
        "id": a.id,
        "title": a.title,
        "lessons": list(a.lesson_ids),
        "modules": list(a.module_ids),
        "due": a.due,
        "created": a.created_at,
        "created_by": a.created_by,
    }


def write_packet(path: Path, kind: str, created: str, members: dict[str, bytes]) -> Path:
    """Write the zip to a temporary name, then rename (never a half-written packet)."""
    from destination_europe import __version__

    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "kind": kind,
        "created": created,
        "app": __version__,
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        for name, data in members.items():
            zf.writestr(name, data)
    os.replace(tmp, path)
    return path


def export_assignment(
    store: ProgressStore, assignment_id: str, path: Path, learner_ids: Sequence[str] = ()
) -> Path:
    """The assignment, and (optionally) the class roster so learner PCs get the same
    profiles (same ids, so their results merge back under the right learner)."""
    found = next((a for a in store.assignments() if a.id == assignment_id), None)
    if found is None:
        raise KeyError(assignment_id)
    roster = [_profile_json(p) for p in _learners(store, learner_ids)] if learner_ids else []
    members = {
        ASSIGNMENT: (json.dumps(_assignment_json(found), indent=2, sort_keys=True) + "\n").encode(),
        PROFILES: _jsonl(roster),
    }
    return write_packet(path, "assignment", store.clock.ts(), members)


def _learners(store: ProgressStore, profile_ids: Sequence[str] | None) -> list[ProfileInfo]:
    learners = store.list_profiles(LEARNER)
    if profile_ids is None:
        return learners
    by_id = {p.id: p for p in learners}
    missing = [pid for pid in profile_ids if pid not in by_id]
    if missing:
        raise KeyError(missing[0])
    return [by_id[pid] for pid in dict.fromkeys(profile_ids)]


def export_results(
    store: ProgressStore,
    path: Path,
    profile_ids: Sequence[str] | None = None,
    kind: str = "results",
) -> Path:
    """Every event of these learners (default: every learner on this PC)."""
    learners = _learners(store, profile_ids)
    records = store.learner_events([p.id for p in learners])
    members = {
        PROFILES: _jsonl([_profile_json(p) for p in learners]),
        EVENTS: _jsonl([r.to_json() for r in records]),
    }
    return write_packet(path, kind, store.clock.ts(), members)


def export_passport(store: ProgressStore, profile_id: str, path: Path) -> Path:
    return export_results(store, path, [profile_id], kind="passport")


# ---------------------------------------------------------------- reading (hostile input)


def _safe_name(name: str) -> bool:
    pure = PurePosixPath(name.replace("\\", "/"))
    return not (
        pure.is_absolute()
        or ".." in pure.parts
        or ":" in name
        or "\\" in name
        or name.startswith("/")
        or len(pure.parts) != 1
    )


def _read_member(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    limit = MAX_MEMBER_BYTES[info.filename]
    if info.file_size > limit:
        raise PacketError(
            "too-large",
            path,
            f"{info.file_size} bytes is more than the {limit} allowed",
            info.filename,
        )
    if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise PacketError(
            "zip-bomb", path, "compressed suspiciously well (zip bomb?)", info.filename
        )
    chunks, total = [], 0
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(1 << 16):
                total += len(chunk)
                if total > limit or total > info.file_size:
                    raise PacketError(
                        "too-large", path, "holds more data than its header says", info.filename
                    )
                chunks.append(chunk)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:  # CRC, truncation …
        raise PacketError("damaged", path, f"cannot be read: {exc}", info.filename) from exc
    return b"".join(chunks)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _loads(path: Path, member: str, text: str, line: int | None = None) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        at = exc.lineno if line is None else line
        raise PacketError(
            "bad-json", path, f"not valid JSON: {exc.msg} (column {exc.colno})", member, at
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise PacketError("bad-json", path, f"not valid JSON: {exc}", member, line or 1) from exc


def _lines(path: Path, member: str, data: bytes) -> list[tuple[int, Any]]:
    rows = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        if len(raw) > MAX_LINE:
            raise PacketError("too-large", path, "line too long", member, number)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise PacketError("bad-encoding", path, "not UTF-8 text", member, number) from exc
        rows.append((number, _loads(path, member, text, number)))
    return rows


def _profile_from(path: Path, line: int, obj: Any) -> ProfileInfo:
    def bad(detail: str) -> PacketError:
        return PacketError("bad-profile", path, detail, PROFILES, line)

    if not isinstance(obj, dict) or set(obj) != {"id", "name", "colour", "created", "updated"}:
        raise bad("a profile needs exactly id, name, colour, created, updated")
    if not is_uuid(obj["id"]):
        raise bad("'id' must be a UUID")
    if not is_ts(obj["created"]) or not is_ts(obj["updated"]):
        raise bad("'created' and 'updated' must be UTC times")
    try:
        name = clean_name(obj["name"]) if isinstance(obj["name"], str) else clean_name("")
        colour = check_colour(obj["colour"]) if isinstance(obj["colour"], str) else ""
    except ProfileError as exc:
        raise bad(f"bad name or colour ({exc.code})") from exc
    if name != obj["name"] or not colour:
        raise bad("bad name or colour")
    return ProfileInfo(obj["id"], name, LEARNER, colour, obj["created"], obj["updated"])


def read_packet(path: Path, expected_kind: str | None = None) -> Packet:
    """Read and validate a packet completely; raise :class:`PacketError`; write nothing."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PacketError("unreadable", path, exc.strerror or str(exc)) from exc
    if size > MAX_PACKET_BYTES:
        raise PacketError("too-large", path, f"the file is larger than {MAX_PACKET_BYTES} bytes")
    try:
        with zipfile.ZipFile(path) as zf:
            return _read_zip(path, zf, expected_kind)
    except zipfile.BadZipFile as exc:
        raise PacketError("not-a-zip", path, f"not a packet (zip) file: {exc}") from exc
    except OSError as exc:
        raise PacketError("unreadable", path, exc.strerror or str(exc)) from exc


def _read_zip(path: Path, zf: zipfile.ZipFile, expected_kind: str | None) -> Packet:
    infos = zf.infolist()
    if len(infos) > 8:
        raise PacketError("unexpected-member", path, f"{len(infos)} files inside; a packet has 3")
    names: set[str] = set()
    for info in infos:
        if not _safe_name(info.filename):
            raise PacketError(
                "unsafe-path", path, "unsafe path inside the packet (refused)", info.filename
            )
        if info.filename in names:
            raise PacketError("duplicate-member", path, "appears twice", info.filename)
        if info.flag_bits & 0x1:
            raise PacketError(
                "encrypted", path, "encrypted members are not supported", info.filename
            )
        names.add(info.filename)
    if MANIFEST not in names:
        raise PacketError("not-a-packet", path, f"no {MANIFEST}: not a Destination Europe packet")
    manifest = _loads(
        path, MANIFEST, _decode(path, MANIFEST, _read_member(path, zf, zf.getinfo(MANIFEST)))
    )
    kind = _check_manifest(path, manifest, expected_kind)
    expected = set(MEMBERS[kind])
    for name in sorted(names):
        if name not in expected:
            raise PacketError("unexpected-member", path, "not part of a packet (refused)", name)
    files = manifest["files"]
    if set(files) | {MANIFEST} != expected:
        raise PacketError(
            "bad-manifest", path, f"'files' must list {sorted(expected - {MANIFEST})}", MANIFEST
        )
    data: dict[str, bytes] = {}
    for name in sorted(expected - {MANIFEST}):
        if name not in names:
            raise PacketError("missing-member", path, "missing from the packet", name)
        blob = _read_member(path, zf, zf.getinfo(name))
        entry = files[name]
        if not isinstance(entry, dict) or entry.get("sha256") != hashlib.sha256(blob).hexdigest():
            raise PacketError("damaged", path, "content does not match the manifest checksum", name)
        data[name] = blob
    packet = Packet(kind, manifest["created"])
    for line, obj in _lines(path, PROFILES, data[PROFILES]):
        packet.profiles.append(_profile_from(path, line, obj))
    known = {p.id for p in packet.profiles}
    if len(known) != len(packet.profiles):
        raise PacketError("bad-profile", path, "a profile id appears twice", PROFILES)
    if kind == "assignment":
        packet.assignment = _assignment_from(path, data[ASSIGNMENT])
        return packet
    if kind == "passport" and len(packet.profiles) != 1:
        raise PacketError("bad-profile", path, "a passport holds exactly one learner", PROFILES)
    for line, obj in _lines(path, EVENTS, data[EVENTS]):
        try:
            record = event_from_json(obj)
        except EventFormatError as exc:
            raise PacketError("bad-event", path, str(exc), EVENTS, line) from exc
        if record.profile_id not in known:
            raise PacketError("bad-event", path, "'profile' is not in profiles.jsonl", EVENTS, line)
        packet.events.append(record)
    return packet


def _decode(path: Path, member: str, blob: bytes) -> str:
    try:
        return blob.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PacketError("bad-encoding", path, "not UTF-8 text", member) from exc


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def _check_manifest(path: Path, manifest: Any, expected_kind: str | None) -> str:
    def bad(detail: str, code: str = "bad-manifest") -> PacketError:
        return PacketError(code, path, detail, MANIFEST)

    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise bad("not a Destination Europe packet", "not-a-packet")
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise bad("'version' must be a whole number")
    if version > VERSION:
        raise bad(
            f"packet format version {version} was made by a newer version of Destination "
            f"Europe; this one reads version {VERSION}",
            "newer-version",
        )
    kind = manifest.get("kind")
    if kind not in KINDS:
        raise bad(f"unknown packet kind {kind!r}")
    if expected_kind is not None and kind != expected_kind:
        raise bad(f"this is {_a(kind)} packet, not {_a(expected_kind)} packet", "wrong-kind")
    if not is_ts(manifest.get("created")):
        raise bad("'created' must be a UTC time")
    if not isinstance(manifest.get("files"), dict):
        raise bad("'files' must be an object")
    return str(kind)


def _assignment_from(path: Path, blob: bytes) -> AssignmentInfo:
    obj = _loads(path, ASSIGNMENT, _decode(path, ASSIGNMENT, blob))
    keys = {"id", "title", "lessons", "modules", "due", "created", "created_by"}
    if not isinstance(obj, dict) or set(obj) != keys:
        raise PacketError(
            "bad-assignment", path, f"needs exactly the fields {sorted(keys)}", ASSIGNMENT
        )
    lessons, modules = obj["lessons"], obj["modules"]
    if not isinstance(lessons, list) or not isinstance(modules, list):
        raise PacketError(
            "bad-assignment", path, "'lessons' and 'modules' must be lists", ASSIGNMENT
        )
    info = AssignmentInfo(
        obj["id"],
        obj["title"],
        tuple(lessons),
        tuple(modules),
        obj["due"],
        obj["created"],
        obj["created_by"],
    )
    try:
        check_assignment(info)
    except ValueError as exc:
        raise PacketError("bad-assignment", path, str(exc), ASSIGNMENT) from exc
    return info


# ---------------------------------------------------------------- importing


def import_packet(store: ProgressStore, path: Path, kind: str) -> ImportResult:
    packet = read_packet(path, kind)
    merged = store.merge(packet.profiles, packet.events, packet.assignment)
    return ImportResult.of(Path(path), packet, merged)


def import_assignment(store: ProgressStore, path: Path) -> ImportResult:
    return import_packet(store, path, "assignment")


def import_results(store: ProgressStore, path: Path) -> ImportResult:
    return import_packet(store, path, "results")


def import_passport(store: ProgressStore, path: Path) -> ImportResult:
    return import_packet(store, path, "passport")
