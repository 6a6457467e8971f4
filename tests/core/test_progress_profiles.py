"""Profiles: learners, teachers with a scrypt-hashed PIN, the lock-out, classes from lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_europe.core.progress import ProfileError, ProgressStore
from destination_europe.core.progress.profiles import (
    delay_after,
    hash_pin,
    pin_matches,
    split_names,
)
from destination_europe.core.progress.store import DB_NAME


class FakeTime:
    def __init__(self) -> None:
        self.t = 1_750_000_000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture()
def clock() -> FakeTime:
    return FakeTime()


@pytest.fixture()
def store(data_dir: Path, clock: FakeTime):
    s, _ = ProgressStore.open(data_dir, now=clock, backup=False)
    yield s
    s.close()


def test_pin_hash_is_salted_scrypt_and_verifies() -> None:
    a, b = hash_pin("4821"), hash_pin("4821")
    assert a.startswith("scrypt$") and a != b  # a fresh salt each time
    assert "4821" not in a
    assert pin_matches("4821", a) and pin_matches("4821", b)
    assert not pin_matches("4822", a)
    assert not pin_matches("4821", "garbage")
    with pytest.raises(ProfileError):
        hash_pin("12")  # too short


def test_the_pin_is_not_stored_in_clear(store: ProgressStore, data_dir: Path) -> None:
    store.create_teacher("Ms Berg", "739164")
    store.close()
    raw = b"".join(p.read_bytes() for p in data_dir.glob(DB_NAME + "*"))
    assert b"739164" not in raw
    assert b"scrypt$" in raw


def test_delays_grow_after_wrong_tries() -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 5, 10, 20, 40, 80, 160]
    assert delay_after(30) == 300


def test_lock_out_refuses_even_the_right_pin_until_the_wait_is_over(
    store: ProgressStore, clock: FakeTime
) -> None:
    teacher = store.create_teacher("Ms Berg", "2468")
    assert store.verify_pin(teacher.id, "2468")
    results = [store.verify_pin(teacher.id, "0000") for _ in range(3)]
    assert [bool(r) for r in results] == [False, False, False]
    assert [r.retry_after for r in results] == [0, 0, 5]
    locked = store.verify_pin(teacher.id, "2468")  # right PIN, but during the wait
    assert not locked and locked.retry_after == pytest.approx(5)
    clock.t += 2
    assert store.verify_pin(teacher.id, "2468").retry_after == pytest.approx(3)
    clock.t += 3
    wrong = store.verify_pin(teacher.id, "1111")  # fourth wrong try: the wait doubles
    assert wrong.retry_after == 10 and wrong.failed_tries == 4
    clock.t += 10
    ok = store.verify_pin(teacher.id, "2468")
    assert ok and ok.retry_after == 0
    assert store.verify_pin(teacher.id, "0000").retry_after == 0  # counter was reset


def test_the_lock_out_survives_a_restart(data_dir: Path, clock: FakeTime) -> None:
    s, _ = ProgressStore.open(data_dir, now=clock, backup=False)
    teacher = s.create_teacher("Ms Berg", "2468")
    for _ in range(4):
        s.verify_pin(teacher.id, "9999")
    s.close()
    s, _ = ProgressStore.open(data_dir, now=clock, backup=False)
    try:
        result = s.verify_pin(teacher.id, "2468")
        # the 4th try fell in the 5 s wait, so it was not even counted
        assert not result and result.retry_after == 5 and result.failed_tries == 3
    finally:
        s.close()


def test_learners_have_no_pin_to_check(store: ProgressStore) -> None:
    learner = store.create_learner("Ana", "#c44536")
    assert not store.verify_pin(learner.id, "1234")
    assert not store.verify_pin("no-such-id", "1234")


def test_create_class_from_a_pasted_list(store: ProgressStore) -> None:
    existing = store.create_learner("Ben Ali")
    names = split_names("Ana Silva\n  ben ali \n\nChloé; Dario,Ana   Silva\n")
    made = store.create_class(names)
    assert [p.name for p in made] == ["Ana Silva", "Ben Ali", "Chloé", "Dario"]
    assert made[1].id == existing.id  # not created twice
    assert len({p.colour for p in made}) == 4  # colours handed out in turn
    assert sorted(p.name for p in store.list_profiles("learner")) == [
        "Ana Silva",
        "Ben Ali",
        "Chloé",
        "Dario",
    ]


def test_create_class_is_all_or_nothing(store: ProgressStore) -> None:
    with pytest.raises(ProfileError):
        store.create_class(["Ana", "x" * 200])
    assert store.list_profiles() == []


def test_bad_colour_and_empty_name_are_refused(store: ProgressStore) -> None:
    with pytest.raises(ProfileError):
        store.create_learner("Ana", "red")
    with pytest.raises(ProfileError):
        store.create_learner("   ")
    learner = store.create_learner("Ana", "#C44536")
    assert learner.colour == "#c44536"
    renamed = store.update_profile(learner.id, name="Ana S.", colour="#2d6a4f")
    assert (renamed.name, renamed.colour) == ("Ana S.", "#2d6a4f")
