"""Class packets and passports: idempotent, order-free merging; hostile files refused."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from destination_europe.core.progress import PacketError, ProgressStore
from destination_europe.core.progress import packets as pk
from destination_europe.core.progress.reports import class_report
from destination_europe.core.progress.store import DB_NAME


def _open(folder: Path) -> ProgressStore:
    store, _ = ProgressStore.open(folder, backup=False)
    return store


def _snapshot(store: ProgressStore) -> dict[str, list[tuple]]:
    with sqlite3.connect(store.data_dir / DB_NAME) as conn:
        return {
            table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
            for table in ("profiles", "events", "assignments")
        }


def _learner_pc(folder: Path, name: str, answers: int) -> tuple[ProgressStore, str]:
    store = _open(folder)
    learner = store.create_learner(name)
    store.set_current_profile(learner.id)
    store.lesson_opened("words-that-matter")
    for i in range(answers):
        store.record_attempt("words-that-matter", "quiz-1", f"q{i % 3}", ["a"], i % 2 == 0)
    store.section_reached("words-that-matter", 2)
    store.add_note("my note", "words-that-matter", 1)
    return store, learner.id


@pytest.fixture()
def results(tmp_path: Path) -> list[Path]:
    """Three results packets from three learner PCs (one with two learners)."""
    made = []
    for n, name in enumerate(["Ana", "Ben", "Chloé"]):
        store, _ = _learner_pc(tmp_path / f"pc{n}", name, 4 + n)
        if n == 2:
            extra = store.create_learner("Dario")
            store.set_current_profile(extra.id)
            store.lesson_completed("application-step-by-step")
        made.append(pk.export_results(store, tmp_path / f"results-{n}.zip"))
        store.close()
    return made


def test_the_same_packet_twice_changes_nothing(tmp_path: Path, results: list[Path]) -> None:
    teacher = _open(tmp_path / "teacher")
    try:
        first = pk.import_results(teacher, results[0])
        assert first.events_added == first.events_in_packet > 0 and first.profiles_added == 1
        once = _snapshot(teacher)
        again = pk.import_results(teacher, results[0])
        assert (again.events_added, again.profiles_added, again.profiles_updated) == (0, 0, 0)
        assert _snapshot(teacher) == once
    finally:
        teacher.close()


def test_packets_in_different_orders_give_identical_results(
    tmp_path: Path, results: list[Path]
) -> None:
    orders = [[0, 1, 2], [2, 0, 1, 0], [1, 2, 1, 0, 2]]
    snapshots, reports = [], []
    modules = {"getting-started": ["words-that-matter", "application-step-by-step"]}
    for n, order in enumerate(orders):
        teacher = _open(tmp_path / f"teacher{n}")
        for i in order:
            pk.import_results(teacher, results[i])
        snapshots.append(_snapshot(teacher))
        report = class_report(teacher, modules, "first")
        reports.append((report.cells, report.questions, [p.name for p in report.learners]))
        teacher.close()
    assert snapshots[0] == snapshots[1] == snapshots[2]
    assert reports[0] == reports[1] == reports[2]
    assert len(snapshots[0]["profiles"]) == 4


def test_a_renamed_learner_ends_with_the_later_name_in_any_order(tmp_path: Path) -> None:
    pc, learner = _learner_pc(tmp_path / "pc", "Ana", 1)
    old = pk.export_results(pc, tmp_path / "old.zip")
    pc.update_profile(learner, name="Ana Silva", colour="#2d6a4f")
    new = pk.export_results(pc, tmp_path / "new.zip")
    pc.close()
    for n, order in enumerate([(old, new), (new, old)]):
        teacher = _open(tmp_path / f"t{n}")
        for path in order:
            pk.import_results(teacher, path)
        [profile] = teacher.list_profiles()
        assert (profile.name, profile.colour) == ("Ana Silva", "#2d6a4f")
        teacher.close()


def test_assignment_roster_makes_results_merge_under_the_same_learner(tmp_path: Path) -> None:
    teacher = _open(tmp_path / "teacher")
    ana, ben = teacher.create_class(["Ana", "Ben"])
    info = teacher.create_assignment(
        "Week 1", module_ids=["getting-started"], due="2025-06-30", created_by="Ms Berg"
    )
    packet = pk.export_assignment(teacher, info.id, tmp_path / "assignment.zip", [ana.id, ben.id])
    pupil = _open(tmp_path / "pupil")
    result = pk.import_assignment(pupil, packet)
    assert result.assignment_added and result.profiles_added == 2
    assert pk.import_assignment(pupil, packet).assignment_added is False  # twice: no change
    [got] = pupil.assignments()
    assert (got.title, got.module_ids, got.due) == ("Week 1", ("getting-started",), "2025-06-30")
    pupil.set_current_profile(ana.id)
    pupil.record_attempt("words-that-matter", "quiz-1", "q1", ["b"], True)
    back = pk.export_results(pupil, tmp_path / "ana.zip", [ana.id])
    pupil.close()
    merged = pk.import_results(teacher, back)
    assert merged.profiles_added == 0 and merged.events_added == 1
    teacher.set_current_profile(ana.id)
    assert [a.item_id for a in teacher.attempts()] == ["q1"]
    assert len(teacher.list_profiles()) == 2
    teacher.close()


def test_a_passport_carries_one_learner_to_another_pc(tmp_path: Path) -> None:
    home, learner = _learner_pc(tmp_path / "home", "Ana", 3)
    passport = pk.export_passport(home, learner, tmp_path / "ana-passport.zip")
    school = _open(tmp_path / "school")
    pk.import_passport(school, passport)
    school.set_current_profile(learner)
    assert school.resume_point() == ("words-that-matter", 2)
    assert [n.text for n in school.notes()] == ["my note"]
    school.record_attempt("words-that-matter", "quiz-1", "q9", ["a"], True)
    pk.export_passport(school, learner, tmp_path / "back.zip")
    assert pk.import_passport(home, tmp_path / "back.zip").events_added == 1
    assert len(home.attempts()) == 4
    with pytest.raises(PacketError) as err:
        pk.import_results(home, passport)
    assert err.value.code == "wrong-kind" and "a passport packet" in str(err.value)
    home.close()
    school.close()


# ---------------------------------------------------------------- hostile files


def _craft(path: Path, members: dict[str, bytes], **manifest: object) -> Path:
    """A zip with the given members and a manifest whose checksums match them."""
    head = {
        "format": pk.FORMAT,
        "version": 1,
        "kind": "results",
        "created": "2025-05-01T10:00:00.000000Z",
        "app": "test",
        "files": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
            if name != pk.MANIFEST
        },
    }
    head.update(manifest)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(pk.MANIFEST, json.dumps(head))
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.fixture()
def good_members(tmp_path: Path) -> dict[str, bytes]:
    store, _ = _learner_pc(tmp_path / "src", "Eve", 3)
    path = pk.export_results(store, tmp_path / "good.zip")
    store.close()
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in (pk.PROFILES, pk.EVENTS)}


@pytest.fixture()
def victim(tmp_path: Path, results: list[Path]):
    store = _open(tmp_path / "victim")
    pk.import_results(store, results[0])
    yield store
    store.close()


def _refused(store: ProgressStore, path: Path, code: str) -> PacketError:
    before = _snapshot(store)
    with pytest.raises(PacketError) as err:
        pk.import_results(store, path)
    assert err.value.code == code, str(err.value)
    assert str(path) in str(err.value)
    assert _snapshot(store) == before  # nothing stored changed
    return err.value


def test_zip_slip_paths_are_refused(tmp_path: Path, victim: ProgressStore, good_members) -> None:
    for evil in ("../../evil.jsonl", "/tmp/evil.jsonl", "sub/../../evil", "C:\\evil.jsonl"):
        path = _craft(tmp_path / "slip.zip", {**good_members, evil: b"{}"})
        err = _refused(victim, path, "unsafe-path")
        assert evil in str(err)
    assert not (tmp_path.parent / "evil.jsonl").exists()


def test_unexpected_and_missing_members_are_refused(tmp_path, victim, good_members) -> None:
    _refused(
        victim, _craft(tmp_path / "x.zip", {**good_members, "run.exe": b"MZ"}), "unexpected-member"
    )
    only_profiles = {pk.PROFILES: good_members[pk.PROFILES]}
    _refused(victim, _craft(tmp_path / "y.zip", only_profiles), "bad-manifest")


def test_oversized_members_and_zip_bombs_are_refused(
    tmp_path: Path, victim: ProgressStore, good_members, monkeypatch
) -> None:
    bomb = {**good_members, pk.EVENTS: b" " * (20 * 1024 * 1024)}  # compresses ~1000:1
    err = _refused(victim, _craft(tmp_path / "bomb.zip", bomb), "zip-bomb")
    assert "events.jsonl" in str(err)
    monkeypatch.setitem(pk.MAX_MEMBER_BYTES, pk.EVENTS, 200)
    err = _refused(victim, _craft(tmp_path / "big.zip", good_members), "too-large")
    assert "events.jsonl" in str(err)


def test_bad_json_is_refused_naming_the_member_and_line(tmp_path, victim, good_members) -> None:
    lines = good_members[pk.EVENTS].splitlines(keepends=True)
    assert len(lines) >= 4
    broken = b"".join([*lines[:2], b'{"id": "oops",\n', *lines[2:]])
    err = _refused(
        victim, _craft(tmp_path / "bad.zip", {**good_members, pk.EVENTS: broken}), "bad-json"
    )
    assert (err.member, err.line) == ("events.jsonl", 3)
    assert "bad.zip: events.jsonl line 3:" in str(err)


def test_bad_event_fields_are_refused_with_the_line(tmp_path, victim, good_members) -> None:
    lines = good_members[pk.EVENTS].splitlines(keepends=True)
    event = json.loads(lines[1])
    for change, words in [
        ({"id": "not-a-uuid"}, "'id' must be a UUID"),
        ({"kind": "launch_missiles"}, "unknown event kind"),
        ({"ts": "yesterday"}, "'ts'"),
        ({"profile": "00000000-0000-4000-8000-000000000000"}, "not in profiles.jsonl"),
        ({"data": {"section": "two"}, "kind": "section_reached"}, "data.section"),
        ({"correct": None, "kind": "attempt"}, "needs 'correct'"),
    ]:
        bad = json.dumps({**event, **change}).encode() + b"\n"
        members = {**good_members, pk.EVENTS: b"".join([lines[0], bad, *lines[2:]])}
        err = _refused(victim, _craft(tmp_path / "ev.zip", members), "bad-event")
        assert err.line == 2 and words in str(err), str(err)


def test_unknown_versions_kinds_and_non_packets_are_refused(tmp_path, victim, good_members) -> None:
    err = _refused(victim, _craft(tmp_path / "v2.zip", good_members, version=2), "newer-version")
    assert "newer version" in str(err) and "manifest.json" in str(err)
    _refused(victim, _craft(tmp_path / "k.zip", good_members, kind="virus"), "bad-manifest")
    _refused(victim, _craft(tmp_path / "f.zip", good_members, format="other"), "not-a-packet")
    not_zip = tmp_path / "notes.zip"
    not_zip.write_text("hello")
    _refused(victim, not_zip, "not-a-zip")


def test_a_member_changed_after_export_is_refused(tmp_path, victim, good_members) -> None:
    path = _craft(tmp_path / "t.zip", good_members)
    with zipfile.ZipFile(path) as zf:
        manifest = zf.read(pk.MANIFEST)
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(tampered, "w") as zf:
        zf.writestr(pk.MANIFEST, manifest)
        zf.writestr(pk.PROFILES, good_members[pk.PROFILES])
        zf.writestr(pk.EVENTS, good_members[pk.EVENTS].replace(b"true", b"false"))
    _refused(victim, tampered, "damaged")
