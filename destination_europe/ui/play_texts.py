"""Interface words for the role-play's codes (indicators, phases, rules, reasons, errors).

The game core speaks in codes and ids; these functions turn them into translated words.
Content texts (roles, cards, stories) come from the game content, not from here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Play", text)


def indicator_label(code: str) -> str:
    return {
        "protection": _t("Protection standards"),
        "inclusion": _t("Labour-market inclusion"),
        "cohesion": _t("Social cohesion"),
        "support": _t("Public support"),
        "capacity": _t("Administrative capacity"),
        "budget": _t("Public finances"),
    }.get(code, code)


def level_label(level: str) -> str:
    return {"eu": _t("EU level"), "national": _t("National level"), "city": _t("City level")}.get(
        level, level
    )


def phase_label(phase: str) -> str:
    return {
        "setup": _t("Set-up"),
        "briefing": _t("Briefing"),
        "discussion": _t("Discussion"),
        "decision": _t("Decision"),
        "consequences": _t("Consequences"),
        "debrief": _t("Debrief"),
    }.get(phase, phase)


def rule_label(rule: str) -> str:
    return {
        "consensus": _t("Consensus"),
        "majority": _t("Majority vote"),
        "lead": _t("The lead role decides"),
    }.get(rule, rule)


def rule_help(rule: str) -> str:
    return {
        "consensus": _t("A card passes with at least one yes and no no."),
        "majority": _t("A card passes with more yes than no votes."),
        "lead": _t(
            "The round's lead role decides; the other votes are advice. EU round: the "
            "Commissioner; national round: the interior minister; city round: the mayor."
        ),
    }.get(rule, "")


def mode_label(mode: str) -> str:
    return {
        "group": _t("Group: every seat is a person"),
        "solo": _t("Solo: one role against scripted players"),
        "all-seats": _t("All seats: one person plays every role"),
    }.get(mode, mode)


def choice_label(choice: str) -> str:
    return {"yes": _t("Yes"), "no": _t("No"), "abstain": _t("Abstain")}.get(choice, choice)


def reason_label(reason: str) -> str:
    return {
        "vote": _t("did not pass the vote"),
        "over-budget": _t("not enough budget left"),
        "no-capital": _t("not enough political capital left"),
        "excluded": _t("ruled out by a card already adopted"),
        "skipped": _t("the round was skipped"),
    }.get(reason, reason)


def systemic_label(code: str) -> str:
    return {
        "backlog": _t(
            "Backlog: administrative capacity is below 40, so cases pile up "
            "(protection −2, public support −1)."
        ),
        "tension": _t("Tension: social cohesion is below 40, so public support falls by 2."),
    }.get(code, code)


def legal_status_label(status: str) -> str:
    return {
        "existing": _t("Rests on EU law in force"),
        "national": _t("A national or local choice within EU law"),
        "needs-law": _t("Would need a new or changed law"),
    }.get(status, status)


def character_kind_label(kind: str) -> str:
    return {
        "international-protection": _t("seeking international protection"),
        "unaccompanied-minor": _t("unaccompanied minor"),
        "labour-migrant": _t("labour migrant"),
        "family-reunification": _t("family reunification"),
        "temporary-protection": _t("under temporary protection"),
        "irregular-stay": _t("in irregular stay"),
        "host-society": _t("voice of the host society"),
    }.get(kind, kind)


def role_kind_label(kind: str) -> str:
    return {"policy-maker": _t("policy maker"), "stakeholder": _t("stakeholder")}.get(kind, kind)


def error_message(code: str) -> str:
    return {
        "wrong-phase": _t("That step is not possible at this point of the round."),
        "already-proposed": _t("This card is already on the table."),
        "excluded-card": _t("A card already adopted rules this card out."),
        "not-proposed": _t("This card is not on the table."),
        "unknown-card": _t("This card does not belong to this round."),
        "unknown-seat": _t("There is no such seat at the table."),
        "not-human": _t("This seat is played by the computer."),
        "game-over": _t("The game is over."),
        "too-many-players": _t("There are more seats than roles."),
        "role-taken-twice": _t("Two seats have the same role."),
        "solo-needs-one-human": _t("A solo game needs exactly one player."),
        "content-mismatch": _t(
            "This saved game was played with other game content and cannot be resumed."
        ),
        "bad-save": _t("The saved game file is damaged."),
        "bad-save-version": _t("The saved game was written by another version of the app."),
    }.get(code, _t("The action was refused ({code}).").format(code=code))


def signed(value: int) -> str:
    """+5 / −2 with a real minus sign (readable on a projector)."""
    return f"+{value}" if value > 0 else ("±0" if value == 0 else f"−{abs(value)}")
