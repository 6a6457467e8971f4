"""The store's profile methods: learners, teachers, PIN checks, classes, the current one."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from .errors import ProgressError
from .events import Clock, new_id
from .models import Profile
from .profiles import (
    LEARNER,
    PALETTE,
    TEACHER,
    PinResult,
    ProfileError,
    ProfileInfo,
    check_colour,
    clean_name,
    delay_after,
    hash_pin,
    pin_matches,
)


def _profile_info(p: Profile) -> ProfileInfo:
    return ProfileInfo(p.id, p.name, p.kind, p.colour, p.created_at, p.updated_at)


class ProfileMethods:
    """Mixed into :class:`~.store.ProgressStore`."""

    engine: Engine
    clock: Clock
    now: Callable[[], float]
    current_profile_id: str | None

    def list_profiles(self, kind: str | None = None) -> list[ProfileInfo]:
        with Session(self.engine) as s:
            query = select(Profile).order_by(Profile.kind, Profile.name, Profile.id)
            if kind is not None:
                query = query.where(Profile.kind == kind)
            return [_profile_info(p) for p in s.scalars(query)]

    def get_profile(self, profile_id: str) -> ProfileInfo | None:
        with Session(self.engine) as s:
            p = s.get(Profile, profile_id)
            return _profile_info(p) if p else None

    def _new_profile(self, name: str, kind: str, colour: str, pin_hash: str | None) -> Profile:
        ts = self.clock.ts()
        return Profile(
            id=new_id(),
            name=clean_name(name),
            kind=kind,
            colour=check_colour(colour),
            pin_hash=pin_hash,
            failed_tries=0,
            locked_until=0.0,
            created_at=ts,
            updated_at=ts,
        )

    def create_learner(self, name: str, colour: str = PALETTE[0]) -> ProfileInfo:
        profile = self._new_profile(name, LEARNER, colour, None)
        with Session(self.engine) as s, s.begin():
            s.add(profile)
            info = _profile_info(profile)
        return info

    def create_teacher(self, name: str, pin: str, colour: str = "#3d405b") -> ProfileInfo:
        profile = self._new_profile(name, TEACHER, colour, hash_pin(pin))
        with Session(self.engine) as s, s.begin():
            s.add(profile)
            info = _profile_info(profile)
        return info

    def create_class(self, names: Sequence[str]) -> list[ProfileInfo]:
        """Learner profiles for every distinct non-empty name, in one transaction; a name a
        learner on this PC already has is not created twice (that profile is returned)."""
        with Session(self.engine) as s, s.begin():
            existing = {
                p.name.casefold(): p
                for p in s.scalars(select(Profile).where(Profile.kind == LEARNER))
            }
            result: list[ProfileInfo] = []
            seen: set[str] = set()
            colour = len(existing)
            for raw in names:
                if not str(raw).strip():
                    continue
                name = clean_name(raw)
                key = name.casefold()
                if key in seen:
                    continue
                seen.add(key)
                if key in existing:
                    result.append(_profile_info(existing[key]))
                    continue
                profile = self._new_profile(name, LEARNER, PALETTE[colour % len(PALETTE)], None)
                colour += 1
                s.add(profile)
                result.append(_profile_info(profile))
        return result

    def update_profile(
        self, profile_id: str, *, name: str | None = None, colour: str | None = None
    ) -> ProfileInfo:
        with Session(self.engine) as s, s.begin():
            p = s.get(Profile, profile_id)
            if p is None:
                raise ProfileError("unknown-profile", profile_id)
            if name is not None:
                p.name = clean_name(name)
            if colour is not None:
                p.colour = check_colour(colour)
            p.updated_at = self.clock.ts()
            return _profile_info(p)

    def set_pin(self, profile_id: str, pin: str) -> None:
        digest = hash_pin(pin)
        with Session(self.engine) as s, s.begin():
            p = s.get(Profile, profile_id)
            if p is None or p.kind != TEACHER:
                raise ProfileError("not-a-teacher", profile_id)
            p.pin_hash, p.failed_tries, p.locked_until = digest, 0, 0.0

    def verify_pin(self, profile_id: str, pin: str) -> PinResult:
        """Check a teacher's PIN. While a wait is running every try is refused unchecked;
        each wrong PIN after the third doubles the wait (5 s … 5 min). Never sleeps."""
        now = self.now()
        with Session(self.engine) as s, s.begin():
            p = s.get(Profile, profile_id)
            if p is None or p.kind != TEACHER or not p.pin_hash:
                return PinResult(False, 0.0, 0)
            if now < p.locked_until:
                return PinResult(False, p.locked_until - now, p.failed_tries)
            if pin_matches(pin, p.pin_hash):
                p.failed_tries, p.locked_until = 0, 0.0
                return PinResult(True, 0.0, 0)
            p.failed_tries += 1
            wait = delay_after(p.failed_tries)
            p.locked_until = now + wait if wait else 0.0
            return PinResult(False, wait, p.failed_tries)

    def set_current_profile(self, profile_id: str | None) -> None:
        if profile_id is not None and self.get_profile(profile_id) is None:
            raise ProfileError("unknown-profile", profile_id)
        self.current_profile_id = profile_id

    def _profile(self) -> str:
        if self.current_profile_id is None:
            raise ProgressError("no-profile", "no current profile is chosen")
        return self.current_profile_id
