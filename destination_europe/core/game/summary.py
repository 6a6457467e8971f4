"""The debrief and the session summary of a game (data only; the UI renders HTML/PDF).

:func:`build_debrief` gathers, per round, the reflection questions, the glossary terms
that came up (from the round, the adopted cards and the fragments told), the decisions,
votes and stories, plus the secret-priority scores. :func:`session_summary` turns a game
into one JSON-serialisable dict with the content texts included, ready for a template.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .model import INDICATORS

if TYPE_CHECKING:
    from .engine import Game


@dataclass(frozen=True)
class RoundDebrief:
    round: str
    number: int
    title: str
    news: str
    questions: tuple[str, ...]
    glossary: tuple[str, ...]
    proposed: tuple[str, ...]
    adopted: tuple[str, ...]
    rejected: dict[str, str]
    #: (card, seat, choice) for every seat and proposed card; a missing vote is "abstain"
    votes: tuple[tuple[str, int, str], ...]
    lead_seat: int
    skipped: bool
    systemic: tuple[str, ...]
    #: character id → fragment id
    story: dict[str, str]
    #: (fragment id, lesson) for the fragments told that carry a lesson
    lessons: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class SeatScore:
    seat: int
    name: str
    role: str
    points: int
    max_points: int
    goals_met: tuple[bool, ...]


@dataclass(frozen=True)
class Debrief:
    finished: bool
    country: str
    composite: bool
    decision_rule: str
    rounds: tuple[RoundDebrief, ...]
    scores: tuple[SeatScore, ...]
    indicator_ids: tuple[str, ...]
    #: indicators at the start and after every played round
    history: tuple[dict[str, int], ...]
    glossary: tuple[str, ...]
    closing_questions: tuple[str, ...]


def _unique(items: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def build_debrief(game: Game) -> Debrief:
    from .engine import COMPOSITE

    content, state = game.content, game.state
    rounds: list[RoundDebrief] = []
    for record in state.rounds:
        rnd = content.round_by_id(record.round)
        terms: list[str] = []
        entry = content.debrief.get(rnd.id)
        if entry:
            terms += entry.glossary
        for card_id in record.adopted:
            terms += content.cards[card_id].glossary
        lessons: list[tuple[str, str]] = []
        for frag_id in record.story.values():
            frag = content.fragments[frag_id]
            terms += frag.glossary
            if frag.lesson:
                lessons.append((frag_id, frag.lesson))
        votes = tuple(
            (card, seat.index, record.vote_of(card, seat.index))
            for card in record.proposed()
            for seat in state.seats
        )
        rounds.append(
            RoundDebrief(
                round=rnd.id,
                number=rnd.number,
                title=rnd.title,
                news=record.news,
                questions=entry.questions if entry else (),
                glossary=_unique(terms),
                proposed=tuple(record.proposed()),
                adopted=tuple(record.adopted),
                rejected=dict(record.rejected),
                votes=votes,
                lead_seat=record.lead_seat,
                skipped=record.skipped,
                systemic=tuple(record.systemic),
                story=dict(record.story),
                lessons=tuple(lessons),
            )
        )
    scores = tuple(
        SeatScore(
            seat=s["seat"],
            name=state.seats[s["seat"]].name,
            role=s["role"],
            points=s["points"],
            max_points=s["max_points"],
            goals_met=tuple(s["goals_met"]),
        )
        for s in state.scores
    )
    return Debrief(
        finished=game.is_over,
        country=state.country,
        composite=state.country == COMPOSITE,
        decision_rule=state.decision_rule,
        rounds=tuple(rounds),
        scores=scores,
        indicator_ids=INDICATORS,
        history=tuple(dict(h) for h in state.history),
        glossary=_unique([t for r in rounds for t in r.glossary]),
        closing_questions=content.closing_questions,
    )


def session_summary(game: Game) -> dict[str, Any]:
    """Everything a session report shows, with content texts, as plain JSON values."""
    content, state = game.content, game.state
    debrief = build_debrief(game)

    def card_info(card_id: str) -> dict[str, Any]:
        card = content.cards[card_id]
        return {
            "id": card.id,
            "title": card.title,
            "legal_basis": card.legal_basis,
            "legal_status": card.legal_status,
            "cost": {"budget": card.cost_budget, "capital": card.cost_capital},
            "effects": dict(card.effects),
        }

    rounds = []
    for rd in debrief.rounds:
        rnd = content.round_by_id(rd.round)
        news = next((n.text for n in rnd.news if n.id == rd.news), "")
        rounds.append(
            {
                "id": rd.round,
                "number": rd.number,
                "level": rnd.level,
                "title": rd.title,
                "news": news,
                "lead": {"seat": rd.lead_seat, "role": state.seats[rd.lead_seat].role},
                "skipped": rd.skipped,
                "adopted": [card_info(c) for c in rd.adopted],
                "rejected": [{**card_info(c), "reason": why} for c, why in rd.rejected.items()],
                "votes": [{"card": c, "seat": s, "choice": ch} for c, s, ch in rd.votes],
                "systemic": list(rd.systemic),
                "stories": [
                    {
                        "character": char,
                        "name": content.characters[char].name,
                        "fragment": frag_id,
                        "text": content.fragments[frag_id].text,
                        "source": content.fragments[frag_id].source,
                        "lesson": content.fragments[frag_id].lesson,
                    }
                    for char, frag_id in rd.story.items()
                ],
                "questions": list(rd.questions),
                "glossary": list(rd.glossary),
            }
        )
    return {
        "seed": state.seed,
        "country": state.country,
        "composite": debrief.composite,
        "decision_rule": state.decision_rule,
        "mode": state.mode,
        "finished": debrief.finished,
        "seats": [
            {
                "seat": s.index,
                "name": s.name,
                "role": s.role,
                "role_name": content.roles[s.role].name,
                "human": s.human,
            }
            for s in state.seats
        ],
        "rounds": rounds,
        "indicators": list(INDICATORS),
        "history": [dict(h) for h in state.history],
        "scores": [
            {
                "seat": sc.seat,
                "name": sc.name,
                "role": sc.role,
                "secret": content.roles[sc.role].secret.text,
                "points": sc.points,
                "max_points": sc.max_points,
                "goals_met": list(sc.goals_met),
            }
            for sc in debrief.scores
        ],
        "glossary": list(debrief.glossary),
        "closing_questions": list(debrief.closing_questions),
    }
