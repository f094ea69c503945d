"""Lifecycle rules of a competition and of an application. Pure: no I/O.

A competition goes draft -> announced -> applications closed -> under review
-> decided -> in implementation -> completed, one step at a time, and may be
cancelled (with a reason) in any state before it is decided. Each step has its
own conditions, checked here on plain facts the service gathers; a refusal
names a message key and its parameters, so the caller can say why in the
user's language.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from app.domain.enums import ApplicationStatus, CompetitionStatus

S = CompetitionStatus
AS = ApplicationStatus


class Step(StrEnum):
    ANNOUNCE = "announce"
    CLOSE_APPLICATIONS = "close_applications"
    START_REVIEW = "start_review"
    DECIDE = "decide"
    START_IMPLEMENTATION = "start_implementation"
    COMPLETE = "complete"
    CANCEL = "cancel"


# step -> (from, to); cancel is special (from any state before decided)
FORWARD: dict[Step, tuple[CompetitionStatus, CompetitionStatus]] = {
    Step.ANNOUNCE: (S.DRAFT, S.ANNOUNCED),
    Step.CLOSE_APPLICATIONS: (S.ANNOUNCED, S.APPLICATIONS_CLOSED),
    Step.START_REVIEW: (S.APPLICATIONS_CLOSED, S.UNDER_REVIEW),
    Step.DECIDE: (S.UNDER_REVIEW, S.DECIDED),
    Step.START_IMPLEMENTATION: (S.DECIDED, S.IN_IMPLEMENTATION),
    Step.COMPLETE: (S.IN_IMPLEMENTATION, S.COMPLETED),
}
ORDER: tuple[CompetitionStatus, ...] = (
    S.DRAFT, S.ANNOUNCED, S.APPLICATIONS_CLOSED, S.UNDER_REVIEW, S.DECIDED, S.IN_IMPLEMENTATION, S.COMPLETED,
)
CANCELLABLE = frozenset({S.DRAFT, S.ANNOUNCED, S.APPLICATIONS_CLOSED, S.UNDER_REVIEW})
FINAL = frozenset({S.COMPLETED, S.CANCELLED})

# While applications may be registered: on time while announced, late ones
# also after the call closed and until the review starts.
REGISTRATION_OPEN = frozenset({S.ANNOUNCED, S.APPLICATIONS_CLOSED})
# While eligibility may be checked and applications withdrawn or edited.
BEFORE_DECISION = frozenset({S.ANNOUNCED, S.APPLICATIONS_CLOSED, S.UNDER_REVIEW})
# Competition fields that may still change after the announcement (the
# published terms may not).
EDITABLE_AFTER_ANNOUNCEMENT = frozenset({"contact_person", "decision_on"})


@dataclass(frozen=True)
class Refusal:
    """Why a step is not allowed: a message key (see app.i18n) and parameters."""

    key: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CompetitionFacts:
    """What the rules need to know about a competition, gathered by the caller."""

    status: CompetitionStatus
    title: str = ""
    announced_on: date | None = None
    deadline_on: date | None = None
    total_allocation_tyiyn: int = 0
    max_grant_tyiyn: int = 0
    eligible_applicant_kinds: int = 0
    criteria: int = 0
    applications: int = 0            # not withdrawn
    unchecked: int = 0               # still "registered" (eligibility not recorded)
    eligible: int = 0                # eligible, or later a winner / reserve / rejected after review
    winners: int = 0
    open_projects: int = 0           # planned or running


def check_step(step: Step, facts: CompetitionFacts, today: date, reason: str | None = None) -> Refusal | None:
    """None when `step` may be taken now, else the first reason it may not."""
    status = facts.status
    if step == Step.CANCEL:
        if status == S.CANCELLED:
            return Refusal("lifecycle.already_cancelled")
        if status not in CANCELLABLE:
            return Refusal("lifecycle.cancel_too_late", {"status": status.value})
        if not (reason or "").strip():
            return Refusal("lifecycle.cancel_reason")
        return None

    source, target = FORWARD[step]
    if status == S.CANCELLED:
        return Refusal("lifecycle.cancelled")
    if status != source:
        return Refusal("lifecycle.wrong_state", {"status": status.value, "needed": source.value,
                                                 "target": target.value})
    if step == Step.ANNOUNCE:
        if not facts.title.strip():
            return Refusal("lifecycle.announce_title")
        if facts.announced_on is None or facts.deadline_on is None:
            return Refusal("lifecycle.announce_dates")
        if facts.deadline_on <= facts.announced_on:
            return Refusal("lifecycle.announce_deadline_order")
        if facts.total_allocation_tyiyn <= 0 or facts.max_grant_tyiyn <= 0:
            return Refusal("lifecycle.announce_amounts")
        if facts.max_grant_tyiyn > facts.total_allocation_tyiyn:
            return Refusal("lifecycle.announce_max_grant")
        if facts.eligible_applicant_kinds <= 0:
            return Refusal("lifecycle.announce_applicants")
        if facts.criteria <= 0:
            return Refusal("lifecycle.announce_criteria")
    elif step == Step.CLOSE_APPLICATIONS:
        if facts.deadline_on is not None and today < facts.deadline_on:
            return Refusal("lifecycle.close_before_deadline", {"deadline": facts.deadline_on})
    elif step == Step.START_REVIEW:
        if facts.applications <= 0:
            return Refusal("lifecycle.review_no_applications")
    elif step == Step.DECIDE:
        if facts.unchecked > 0:
            return Refusal("lifecycle.decide_unchecked", {"n": facts.unchecked})
        if facts.eligible <= 0:
            return Refusal("lifecycle.decide_no_eligible")
    elif step == Step.START_IMPLEMENTATION:
        if facts.winners <= 0:
            return Refusal("lifecycle.implement_no_winners")
    elif step == Step.COMPLETE:
        if facts.open_projects > 0:
            return Refusal("lifecycle.complete_open_projects", {"n": facts.open_projects})
    return None


def target_of(step: Step) -> CompetitionStatus:
    return S.CANCELLED if step == Step.CANCEL else FORWARD[step][1]


def next_steps(status: CompetitionStatus) -> list[Step]:
    """The steps that lead out of `status` (whether or not their conditions hold)."""
    out = [step for step, (source, _t) in FORWARD.items() if source == status]
    if status in CANCELLABLE:
        out.append(Step.CANCEL)
    return out


# --------------------------------------------------------------------------
# Editing a competition


def editable_fields(status: CompetitionStatus, all_fields: frozenset[str]) -> frozenset[str]:
    """Which fields of a competition may change in `status`: everything in a
    draft; after the announcement the published terms stay as published."""
    if status == S.DRAFT:
        return all_fields
    if status in (S.ANNOUNCED, S.APPLICATIONS_CLOSED, S.UNDER_REVIEW):
        return EDITABLE_AFTER_ANNOUNCEMENT & all_fields
    if status in (S.DECIDED, S.IN_IMPLEMENTATION):
        return frozenset({"contact_person"}) & all_fields
    return frozenset()


def check_criteria_change(status: CompetitionStatus) -> Refusal | None:
    """The eligibility checklist may change until the review starts."""
    if status in (S.DRAFT, S.ANNOUNCED, S.APPLICATIONS_CLOSED):
        return None
    return Refusal("lifecycle.criteria_locked", {"status": status.value})


# --------------------------------------------------------------------------
# Applications


def check_registration(status: CompetitionStatus, is_late: bool) -> Refusal | None:
    """May an application be registered in a competition in `status`?"""
    if status == S.DRAFT:
        return Refusal("application.not_announced")
    if status == S.APPLICATIONS_CLOSED and not is_late:
        return Refusal("application.closed_needs_late")
    if status not in REGISTRATION_OPEN:
        return Refusal("application.registration_over", {"status": status.value})
    return None


def is_late(received_on: date, deadline_on: date | None) -> bool:
    return deadline_on is not None and received_on > deadline_on


def check_application_change(competition_status: CompetitionStatus,
                             application_status: ApplicationStatus) -> Refusal | None:
    """May an application be edited, checked or withdrawn now?"""
    if competition_status not in BEFORE_DECISION:
        return Refusal("application.locked", {"status": competition_status.value})
    if application_status == AS.WITHDRAWN:
        return Refusal("application.withdrawn")
    if application_status not in (AS.REGISTERED, AS.ELIGIBLE, AS.INELIGIBLE):
        return Refusal("application.decided")
    return None


def eligibility_outcome(results: dict[str, bool], reason: str | None) -> tuple[ApplicationStatus | None,
                                                                                 Refusal | None]:
    """From the checklist to the status: eligible when every item holds,
    ineligible otherwise -- which needs a reason."""
    if not results:
        return None, Refusal("eligibility.no_items")
    if all(results.values()):
        return AS.ELIGIBLE, None
    if not (reason or "").strip():
        return None, Refusal("eligibility.reason")
    return AS.INELIGIBLE, None


def cofinancing_share_pct(requested_tyiyn: int, cofinancing_tyiyn: int) -> float:
    """The applicant's side of the project cost, in percent."""
    total = requested_tyiyn + cofinancing_tyiyn
    return 0.0 if total <= 0 else 100.0 * cofinancing_tyiyn / total


def cofinancing_met(requested_tyiyn: int, cofinancing_tyiyn: int, required_pct: int) -> bool:
    """Exact integer comparison: cofinancing / (requested + cofinancing) >= pct / 100."""
    if required_pct <= 0:
        return True
    total = requested_tyiyn + cofinancing_tyiyn
    return total > 0 and cofinancing_tyiyn * 100 >= required_pct * total
