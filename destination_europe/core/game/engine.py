"""The role-play's rules as a deterministic state machine (pure Python, no Qt).

Phases: ``setup`` → for each round ``briefing`` → ``discussion`` → ``decision`` →
``consequences`` → … → ``debrief``. The UI asks :meth:`Game.available_actions`, applies one
with :meth:`Game.apply` and shows the returned :class:`Event` list. Randomness (dealing
roles, picking a news flash, nudging scripted seats) comes only from ``random.Random``
seeded with text derived from the game seed, so the same seed and actions always give the
same game, and a saved game (:meth:`Game.to_json`) resumes exactly.

Decision rules: ``consensus`` (a card passes with at least one yes and no no), ``majority``
(more yes than no among the votes cast), ``lead`` (the round's lead role decides; the other
votes are advisory). Passing cards are adopted in order of support while the budget and the
political capital last and no adopted card excludes them.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .model import (
    INDICATOR_MAX,
    INDICATOR_MIN,
    INDICATOR_START,
    INDICATORS,
    Card,
    GameContent,
    NewsFlash,
    Round,
)
from .positions import card_utility, nudge, scripted_choice
from .stories import stories_for_round

if TYPE_CHECKING:
    from .summary import Debrief

PHASES = ("setup", "briefing", "discussion", "decision", "consequences", "debrief")
DECISION_RULES = ("consensus", "majority", "lead")
MODES = ("group", "solo", "all-seats")
CHOICES = ("yes", "no", "abstain")
ACTION_KINDS = (
    "advance",
    "propose",
    "withdraw",
    "open-vote",
    "vote",
    "close-vote",
    "skip-round",
)
#: The country code for a composite "Member State": its briefing data are EU27 rates,
#: and the UI must label them as a composite.
COMPOSITE = "MS"
COMPOSITE_DATA_COUNTRY = "EU27"
COMPOSITE_UNITS = ("percent", "per-100k")
SOLO_SEATS = 5
SAVE_FORMAT = "destination-europe-game"
SAVE_VERSION = 1
#: systemic effects at the end of every round (code, condition indicator, below, effects)
SYSTEMIC_RULES: tuple[tuple[str, str, int, dict[str, int]], ...] = (
    ("backlog", "capacity", 40, {"protection": -2, "support": -1}),
    ("tension", "cohesion", 40, {"support": -2}),
)


class GameError(Exception):
    """An action or a saved game was refused; ``code`` says why (for the UI to translate)."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass
class PlayerSeat:
    """A seat asked for when a game is set up. ``role`` None: the engine deals one."""

    name: str
    role: str | None = None
    human: bool = True


@dataclass
class Seat:
    index: int
    name: str
    role: str
    human: bool


@dataclass(frozen=True)
class Action:
    kind: str
    seat: int | None = None
    card: str | None = None
    choice: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Action:
        return cls(
            kind=str(data["kind"]),
            seat=data.get("seat"),
            card=data.get("card"),
            choice=data.get("choice"),
        )


@dataclass(frozen=True)
class Event:
    """Something that happened; ``kind`` is a code, ``data`` plain values."""

    kind: str
    data: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **self.data}


@dataclass
class Proposal:
    card: str
    seat: int


@dataclass
class Vote:
    card: str
    seat: int
    choice: str


@dataclass
class RoundRecord:
    round: str
    news: str
    lead_seat: int
    budget_start: int = 0
    capital_start: int = 0
    proposals: list[Proposal] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)
    rejected: dict[str, str] = field(default_factory=dict)
    skipped: bool = False
    systemic: list[str] = field(default_factory=list)
    story: dict[str, str] = field(default_factory=dict)

    def vote_of(self, card: str, seat: int) -> str:
        for vote in self.votes:
            if vote.card == card and vote.seat == seat:
                return vote.choice
        return "abstain"

    def proposed(self) -> list[str]:
        return [p.card for p in self.proposals]


@dataclass
class GameState:
    seed: int
    country: str
    decision_rule: str
    mode: str
    seats: list[Seat]
    phase: str = "setup"
    round_index: int = 0
    budget: int = 0
    capital: int = 0
    indicators: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(INDICATORS, INDICATOR_START)
    )
    #: indicators at the start, then after every round's consequences
    history: list[dict[str, int]] = field(default_factory=list)
    rounds: list[RoundRecord] = field(default_factory=list)
    adopted: list[str] = field(default_factory=list)
    #: character id → fragment ids told so far, one per round
    story: dict[str, list[str]] = field(default_factory=dict)
    scores: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Briefing:
    round: str
    number: int
    level: str
    title: str
    situation: str
    news: NewsFlash
    country: str
    #: the country whose statistics to show (EU27 for the composite Member State)
    data_country: str
    composite: bool
    #: statistics indicator ids to show (for the composite: only rates)
    statistics: tuple[str, ...]


def _clamp(value: int) -> int:
    return max(INDICATOR_MIN, min(INDICATOR_MAX, value))


def _rng(seed: int, *parts: object) -> random.Random:
    return random.Random(":".join([str(seed), *map(str, parts)]))


class Game:
    """One game: content (read-only) plus a serialisable :class:`GameState`."""

    def __init__(self, content: GameContent, state: GameState) -> None:
        self.content = content
        self.state = state

    # -- set-up ----------------------------------------------------------------------
    @classmethod
    def new(
        cls,
        content: GameContent,
        seed: int,
        players: list[PlayerSeat],
        country: str,
        decision_rule: str = "majority",
        mode: str = "group",
        seats: int | None = None,
    ) -> Game:
        """Deal roles and open the set-up phase.

        ``group``: every listed seat is played by a person. ``solo``: one human seat; the
        engine adds scripted seats up to ``seats`` (default 5). ``all-seats``: one person
        plays every seat (``seats`` of them, default 5, named after the first player).
        """
        if decision_rule not in DECISION_RULES:
            raise GameError("bad-decision-rule", decision_rule)
        if mode not in MODES:
            raise GameError("bad-mode", mode)
        if country != COMPOSITE and content.countries and country not in content.countries:
            raise GameError("unknown-country", country)
        if not players:
            raise GameError("no-players")
        wanted = list(players)
        if mode == "solo":
            humans = [p for p in wanted if p.human]
            if len(humans) != 1:
                raise GameError("solo-needs-one-human", str(len(humans)))
            total = max(seats or SOLO_SEATS, len(wanted))
            wanted += [
                PlayerSeat(name="", role=None, human=False) for _ in range(total - len(wanted))
            ]
        elif mode == "all-seats":
            total = max(seats or SOLO_SEATS, len(wanted))
            base = wanted[0].name
            wanted += [PlayerSeat(name=base, role=None) for _ in range(total - len(wanted))]
            wanted = [PlayerSeat(p.name or base, p.role, True) for p in wanted]
        if len(wanted) > len(content.roles):
            raise GameError("too-many-players", str(len(wanted)))
        taken = [p.role for p in wanted if p.role]
        for role in taken:
            if role not in content.roles:
                raise GameError("unknown-role", role)
        if len(set(taken)) != len(taken):
            raise GameError("role-taken-twice")
        dealt = iter(cls._deal(content, seed, len(wanted) - len(taken), set(taken)))
        seat_list = [
            Seat(index=i, name=p.name, role=p.role or next(dealt), human=p.human)
            for i, p in enumerate(wanted)
        ]
        state = GameState(
            seed=seed, country=country, decision_rule=decision_rule, mode=mode, seats=seat_list
        )
        state.history.append(dict(state.indicators))
        state.story = {c: [] for c in content.characters}
        return cls(content, state)

    @staticmethod
    def _deal(content: GameContent, seed: int, count: int, taken: set[str]) -> list[str]:
        """Roles for the seats without one: round leads first (when 4+ seats), then others."""
        rng = _rng(seed, "deal")
        leads = [r.lead_role for r in content.rounds if r.lead_role not in taken]
        others = [r for r in content.roles if r not in taken and r not in leads]
        rng.shuffle(leads)
        rng.shuffle(others)
        order = (
            leads + others
            if count + len(taken) >= 4
            else sorted(leads + others, key=lambda _: rng.random())
        )
        return order[:count]

    # -- queries ---------------------------------------------------------------------
    @property
    def round(self) -> Round | None:
        if self.state.phase in ("setup", "debrief"):
            return None
        return self.content.rounds[self.state.round_index]

    @property
    def record(self) -> RoundRecord | None:
        if self.state.phase in ("setup", "debrief") or not self.state.rounds:
            return None
        return self.state.rounds[-1]

    @property
    def is_over(self) -> bool:
        return self.state.phase == "debrief"

    def seat_by_role(self, role: str) -> Seat | None:
        return next((s for s in self.state.seats if s.role == role), None)

    def lead_seat(self, rnd: Round) -> int:
        """The seat that decides under the ``lead`` rule (and chairs the round)."""
        seat = self.seat_by_role(rnd.lead_role)
        if seat is None:
            seat = next(
                (s for s in self.state.seats if self.content.roles[s.role].level == rnd.level), None
            )
        return seat.index if seat is not None else 0

    def briefing(self) -> Briefing | None:
        rnd, record = self.round, self.record
        if rnd is None or record is None:
            return None
        news = next((n for n in rnd.news if n.id == record.news), rnd.news[0])
        composite = self.state.country == COMPOSITE
        statistics = rnd.statistics
        if composite:
            statistics = tuple(
                i for i in statistics if self.content.statistics_units.get(i) in COMPOSITE_UNITS
            )
        return Briefing(
            round=rnd.id,
            number=rnd.number,
            level=rnd.level,
            title=rnd.title,
            situation=rnd.situation,
            news=news,
            country=self.state.country,
            data_country=COMPOSITE_DATA_COUNTRY if composite else self.state.country,
            composite=composite,
            statistics=statistics,
        )

    def round_cards(self) -> list[Card]:
        rnd = self.round
        return self.content.cards_of(rnd.id) if rnd else []

    def blocked_by(self, card: Card) -> str | None:
        """An adopted card that excludes ``card`` (either way round), if any."""
        for other in self.state.adopted:
            if other in card.excludes or card.id in self.content.cards[other].excludes:
                return other
        return None

    def available_actions(self) -> list[Action]:
        phase = self.state.phase
        if phase == "debrief":
            return []
        if phase == "setup":
            return [Action("advance")]
        if phase == "briefing":
            return [Action("advance"), Action("skip-round")]
        if phase == "consequences":
            return [Action("advance")]
        record = self.record
        assert record is not None
        humans = [s.index for s in self.state.seats if s.human]
        if phase == "discussion":
            proposed = set(record.proposed())
            actions = [
                Action("propose", seat=s, card=c.id)
                for s in humans
                for c in self.round_cards()
                if c.id not in proposed and self.blocked_by(c) is None
            ]
            actions += [
                Action("withdraw", seat=p.seat, card=p.card)
                for p in record.proposals
                if p.seat in humans
            ]
            return actions + [Action("open-vote"), Action("skip-round")]
        if phase == "decision":
            actions = [
                Action("vote", seat=s, card=card, choice=choice)
                for card in record.proposed()
                for s in humans
                for choice in CHOICES
            ]
            return actions + [Action("close-vote"), Action("skip-round")]
        return []

    # -- actions ---------------------------------------------------------------------
    def apply(self, action: Action) -> list[Event]:
        handler = {
            "advance": self._advance,
            "propose": self._propose,
            "withdraw": self._withdraw,
            "open-vote": self._open_vote,
            "vote": self._vote,
            "close-vote": self._close_vote,
            "skip-round": self._skip_round,
        }.get(action.kind)
        if handler is None:
            raise GameError("unknown-action", action.kind)
        if self.is_over:
            raise GameError("game-over")
        return handler(action)

    def _need(self, *phases: str) -> None:
        if self.state.phase not in phases:
            raise GameError("wrong-phase", self.state.phase)

    def _seat(self, action: Action, *, human: bool = True) -> Seat:
        if action.seat is None or not 0 <= action.seat < len(self.state.seats):
            raise GameError("unknown-seat", str(action.seat))
        seat = self.state.seats[action.seat]
        if human and not seat.human:
            raise GameError("not-human", str(action.seat))
        return seat

    def _card(self, action: Action) -> Card:
        card = self.content.cards.get(action.card or "")
        rnd = self.round
        if card is None or rnd is None or card.round != rnd.id:
            raise GameError("unknown-card", str(action.card))
        return card

    def _phase(self, phase: str) -> Event:
        self.state.phase = phase
        return Event("phase", {"phase": phase, "round": self.round.id if self.round else None})

    def _advance(self, action: Action) -> list[Event]:
        self._need("setup", "briefing", "consequences")
        if self.state.phase == "setup":
            return self._start_round(0)
        if self.state.phase == "briefing":
            events = [self._phase("discussion")]
            return events + self._scripted_proposals()
        # consequences → next round or debrief
        if self.state.round_index + 1 < len(self.content.rounds):
            return self._start_round(self.state.round_index + 1)
        return self._finish()

    def _start_round(self, index: int) -> list[Event]:
        state = self.state
        rnd = self.content.rounds[index]
        state.round_index = index
        bonus = (state.indicators["support"] - INDICATOR_START) // 10 if index else 0
        state.budget += rnd.budget
        state.capital = max(0, state.capital + rnd.capital + bonus)
        news = _rng(state.seed, rnd.id, "news").choice(rnd.news)
        record = RoundRecord(
            round=rnd.id,
            news=news.id,
            lead_seat=self.lead_seat(rnd),
            budget_start=state.budget,
            capital_start=state.capital,
        )
        state.rounds.append(record)
        event = self._phase("briefing")
        return [
            event,
            Event(
                "resources",
                {"budget": state.budget, "capital": state.capital, "support_bonus": bonus},
            ),
        ]

    def _scripted_proposals(self) -> list[Event]:
        record = self.record
        assert record is not None
        events: list[Event] = []
        for seat in self.state.seats:
            if seat.human:
                continue
            best = self._ranked(seat)
            proposed = set(record.proposed())
            for card, value in best:
                if value > 2.0 and card.id not in proposed and self.blocked_by(card) is None:
                    record.proposals.append(Proposal(card.id, seat.index))
                    events.append(
                        Event("proposed", {"seat": seat.index, "card": card.id, "scripted": True})
                    )
                    break
        return events

    def _ranked(self, seat: Seat) -> list[tuple[Card, float]]:
        role = self.content.roles[seat.role]
        rnd = self.round
        assert rnd is not None
        scored = [
            (
                card,
                card_utility(card, role.weights, role)
                + nudge(self.state.seed, rnd.id, seat.index, card.id),
            )
            for card in self.round_cards()
        ]
        return sorted(scored, key=lambda cv: (-cv[1], cv[0].id))

    def _propose(self, action: Action) -> list[Event]:
        self._need("discussion")
        seat = self._seat(action)
        card = self._card(action)
        record = self.record
        assert record is not None
        if card.id in record.proposed():
            raise GameError("already-proposed", card.id)
        blocker = self.blocked_by(card)
        if blocker:
            raise GameError("excluded-card", blocker)
        record.proposals.append(Proposal(card.id, seat.index))
        return [Event("proposed", {"seat": seat.index, "card": card.id, "scripted": False})]

    def _withdraw(self, action: Action) -> list[Event]:
        self._need("discussion")
        seat = self._seat(action)
        record = self.record
        assert record is not None
        for p in record.proposals:
            if p.card == action.card and p.seat == seat.index:
                record.proposals.remove(p)
                return [Event("withdrawn", {"seat": seat.index, "card": p.card})]
        raise GameError("not-proposed", str(action.card))

    def _open_vote(self, action: Action) -> list[Event]:
        self._need("discussion")
        record = self.record
        assert record is not None
        events = [self._phase("decision")]
        for seat in self.state.seats:
            if seat.human:
                continue
            values = dict((c.id, v) for c, v in self._ranked(seat))
            for card in record.proposed():
                choice = scripted_choice(values[card])
                record.votes.append(Vote(card, seat.index, choice))
                events.append(
                    Event(
                        "vote",
                        {"seat": seat.index, "card": card, "choice": choice, "scripted": True},
                    )
                )
        return events

    def _vote(self, action: Action) -> list[Event]:
        self._need("decision")
        seat = self._seat(action)
        record = self.record
        assert record is not None
        if action.card not in record.proposed():
            raise GameError("not-proposed", str(action.card))
        if action.choice not in CHOICES:
            raise GameError("bad-choice", str(action.choice))
        record.votes = [
            v for v in record.votes if not (v.card == action.card and v.seat == seat.index)
        ]
        record.votes.append(Vote(str(action.card), seat.index, str(action.choice)))
        return [
            Event(
                "vote",
                {
                    "seat": seat.index,
                    "card": action.card,
                    "choice": action.choice,
                    "scripted": False,
                },
            )
        ]

    def tally(self, card: str) -> dict[str, int]:
        record = self.record
        counts = dict.fromkeys(CHOICES, 0)
        if record is None:
            return counts
        for seat in self.state.seats:
            counts[record.vote_of(card, seat.index)] += 1
        return counts

    def passes(self, card: str) -> bool:
        """Whether ``card`` passes the vote under the game's decision rule (budget aside)."""
        record = self.record
        assert record is not None
        counts = self.tally(card)
        rule = self.state.decision_rule
        if rule == "consensus":
            return counts["yes"] >= 1 and counts["no"] == 0
        if rule == "majority":
            return counts["yes"] > counts["no"]
        return record.vote_of(card, record.lead_seat) == "yes"

    def _close_vote(self, action: Action) -> list[Event]:
        self._need("decision")
        record = self.record
        assert record is not None
        state = self.state
        order = {card: i for i, card in enumerate(record.proposed())}
        passing = [c for c in record.proposed() if self.passes(c)]
        events: list[Event] = []
        for proposed in record.proposed():
            if proposed not in passing:
                record.rejected[proposed] = "vote"
        passing.sort(key=lambda c: (-self.tally(c)["yes"], order[c]))
        for card_id in passing:
            card = self.content.cards[card_id]
            blocker = self.blocked_by(card)
            if blocker:
                record.rejected[card_id] = "excluded"
            elif card.cost_budget > state.budget:
                record.rejected[card_id] = "over-budget"
            elif card.cost_capital > state.capital:
                record.rejected[card_id] = "no-capital"
            else:
                state.budget -= card.cost_budget
                state.capital -= card.cost_capital
                record.adopted.append(card_id)
                state.adopted.append(card_id)
                events.append(Event("adopted", {"card": card_id, **self.tally(card_id)}))
        for card_id, reason in record.rejected.items():
            events.append(
                Event("rejected", {"card": card_id, "reason": reason, **self.tally(card_id)})
            )
        return events + self._consequences()

    def _skip_round(self, action: Action) -> list[Event]:
        self._need("briefing", "discussion", "decision")
        record = self.record
        assert record is not None
        record.skipped = True
        for card in record.proposed():
            record.rejected[card] = "skipped"
        return [Event("skipped", {"round": record.round})] + self._consequences()

    def _consequences(self) -> list[Event]:
        state, record = self.state, self.record
        assert record is not None
        before = dict(state.indicators)
        for card_id in record.adopted:
            for name, delta in self.content.cards[card_id].effects.items():
                state.indicators[name] = _clamp(state.indicators[name] + delta)
        for code, indicator, below, effects in SYSTEMIC_RULES:
            if state.indicators[indicator] < below:
                record.systemic.append(code)
                for name, delta in effects.items():
                    state.indicators[name] = _clamp(state.indicators[name] + delta)
        events = [self._phase("consequences")]
        events += [Event("systemic", {"code": code}) for code in record.systemic]
        events += [
            Event("indicator", {"indicator": i, "before": before[i], "after": state.indicators[i]})
            for i in INDICATORS
        ]
        state.history.append(dict(state.indicators))
        for character, frag in stories_for_round(self.content, record.round, state.adopted).items():
            if frag is None:
                continue
            record.story[character] = frag.id
            state.story.setdefault(character, []).append(frag.id)
            events.append(Event("story", {"character": character, "fragment": frag.id}))
        return events

    def _finish(self) -> list[Event]:
        state = self.state
        adopted = set(state.adopted)
        state.scores = []
        events = [self._phase("debrief")]
        for seat in state.seats:
            secret = self.content.roles[seat.role].secret
            met = [goal.met(state.indicators, adopted) for goal in secret.goals]
            points = sum(g.points for g, ok in zip(secret.goals, met, strict=True) if ok)
            score = {
                "seat": seat.index,
                "role": seat.role,
                "points": points,
                "max_points": secret.max_points,
                "goals_met": met,
            }
            state.scores.append(score)
            events.append(Event("score", dict(score)))
        return events

    # -- saving ----------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {"format": SAVE_FORMAT, "version": SAVE_VERSION, "state": asdict(self.state)}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, content: GameContent, text: str) -> Game:
        try:
            data = json.loads(text)
        except (ValueError, TypeError) as exc:
            raise GameError("bad-save", str(exc)) from exc
        return cls.from_dict(content, data)

    @classmethod
    def from_dict(cls, content: GameContent, data: Any) -> Game:
        if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
            raise GameError("bad-save", "not a saved Destination Europe game")
        if data.get("version") != SAVE_VERSION:
            raise GameError("bad-save-version", str(data.get("version")))
        try:
            raw = dict(data["state"])
            raw["seats"] = [Seat(**s) for s in raw["seats"]]
            raw["rounds"] = [
                RoundRecord(
                    **{
                        **r,
                        "proposals": [Proposal(**p) for p in r["proposals"]],
                        "votes": [Vote(**v) for v in r["votes"]],
                    }
                )
                for r in raw["rounds"]
            ]
            state = GameState(**raw)
        except (KeyError, TypeError, ValueError) as exc:
            raise GameError("bad-save", str(exc)) from exc
        game = cls(content, state)
        game._check_against_content()
        return game

    def _check_against_content(self) -> None:
        state = self.state
        if state.phase not in PHASES or not 0 <= state.round_index < len(self.content.rounds):
            raise GameError("bad-save", "phase or round out of range")
        for seat in state.seats:
            if seat.role not in self.content.roles:
                raise GameError("content-mismatch", f"role {seat.role}")
        for record in state.rounds:
            for card in record.proposed() + record.adopted:
                if card not in self.content.cards:
                    raise GameError("content-mismatch", f"card {card}")
            for frag in record.story.values():
                if frag not in self.content.fragments:
                    raise GameError("content-mismatch", f"fragment {frag}")
        if set(state.indicators) != set(INDICATORS):
            raise GameError("bad-save", "indicators")

    # -- debrief ---------------------------------------------------------------------
    def debrief(self) -> Debrief:
        from .summary import build_debrief

        return build_debrief(self)
