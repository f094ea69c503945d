"""Every rule of the competition lifecycle, on plain facts (no database)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain import lifecycle as LC
from app.domain.enums import ApplicationStatus as AS
from app.domain.enums import CompetitionStatus as S

TODAY = date(2021, 10, 1)
READY = LC.CompetitionFacts(
    status=S.DRAFT, title="Жергиликтүү демилгелер 2021", announced_on=date(2021, 9, 1),
    deadline_on=date(2021, 9, 30), total_allocation_tyiyn=2_300_000, max_grant_tyiyn=1_200_000,
    eligible_applicant_kinds=2, criteria=4,
)


def key(refusal):
    return refusal.key if refusal else None


def test_the_whole_way_forward_one_step_at_a_time():
    facts = READY
    path = [LC.Step.ANNOUNCE, LC.Step.CLOSE_APPLICATIONS, LC.Step.START_REVIEW, LC.Step.DECIDE,
            LC.Step.START_IMPLEMENTATION, LC.Step.COMPLETE]
    facts = replace(facts, applications=2, eligible=2, winners=1)
    seen = [facts.status]
    for step in path:
        assert LC.check_step(step, facts, TODAY) is None, step
        facts = replace(facts, status=LC.target_of(step))
        seen.append(facts.status)
    assert seen == list(LC.ORDER)


@pytest.mark.parametrize("status", list(S))
def test_no_step_can_be_skipped_or_repeated(status):
    facts = replace(READY, status=status, applications=2, eligible=2, winners=1)
    for step, (source, target) in LC.FORWARD.items():
        refusal = LC.check_step(step, facts, TODAY)
        if status == source:
            assert refusal is None
        elif status == S.CANCELLED:
            assert key(refusal) == "lifecycle.cancelled"
        else:
            assert key(refusal) == "lifecycle.wrong_state"
            assert refusal.params == {"status": status.value, "needed": source.value, "target": target.value}


@pytest.mark.parametrize("status", list(S))
def test_cancel_only_before_decided_and_with_a_reason(status):
    facts = replace(READY, status=status)
    refusal = LC.check_step(LC.Step.CANCEL, facts, TODAY, reason="Каражат бөлүнгөн жок")
    if status in (S.DRAFT, S.ANNOUNCED, S.APPLICATIONS_CLOSED, S.UNDER_REVIEW):
        assert refusal is None
        assert key(LC.check_step(LC.Step.CANCEL, facts, TODAY, reason="  ")) == "lifecycle.cancel_reason"
        assert key(LC.check_step(LC.Step.CANCEL, facts, TODAY, reason=None)) == "lifecycle.cancel_reason"
    elif status == S.CANCELLED:
        assert key(refusal) == "lifecycle.already_cancelled"
    else:
        assert key(refusal) == "lifecycle.cancel_too_late"


@pytest.mark.parametrize("change, expected", [
    (dict(title="  "), "lifecycle.announce_title"),
    (dict(announced_on=None), "lifecycle.announce_dates"),
    (dict(deadline_on=None), "lifecycle.announce_dates"),
    (dict(deadline_on=date(2021, 9, 1)), "lifecycle.announce_deadline_order"),
    (dict(deadline_on=date(2021, 8, 1)), "lifecycle.announce_deadline_order"),
    (dict(total_allocation_tyiyn=0), "lifecycle.announce_amounts"),
    (dict(max_grant_tyiyn=0), "lifecycle.announce_amounts"),
    (dict(max_grant_tyiyn=2_300_001), "lifecycle.announce_max_grant"),
    (dict(eligible_applicant_kinds=0), "lifecycle.announce_applicants"),
    (dict(criteria=0), "lifecycle.announce_criteria"),
])
def test_announce_needs_complete_terms(change, expected):
    assert key(LC.check_step(LC.Step.ANNOUNCE, replace(READY, **change), TODAY)) == expected


def test_announce_allows_max_grant_equal_to_allocation():
    assert LC.check_step(LC.Step.ANNOUNCE, replace(READY, max_grant_tyiyn=2_300_000), TODAY) is None


def test_close_not_before_the_deadline():
    facts = replace(READY, status=S.ANNOUNCED)
    refusal = LC.check_step(LC.Step.CLOSE_APPLICATIONS, facts, date(2021, 9, 29))
    assert key(refusal) == "lifecycle.close_before_deadline"
    assert refusal.params == {"deadline": date(2021, 9, 30)}
    assert LC.check_step(LC.Step.CLOSE_APPLICATIONS, facts, date(2021, 9, 30)) is None
    assert LC.check_step(LC.Step.CLOSE_APPLICATIONS, facts, date(2021, 10, 30)) is None


def test_review_needs_an_application():
    facts = replace(READY, status=S.APPLICATIONS_CLOSED, applications=0)
    assert key(LC.check_step(LC.Step.START_REVIEW, facts, TODAY)) == "lifecycle.review_no_applications"
    assert LC.check_step(LC.Step.START_REVIEW, replace(facts, applications=1), TODAY) is None


def test_decide_needs_every_application_checked_and_one_eligible():
    facts = replace(READY, status=S.UNDER_REVIEW, applications=3, unchecked=1, eligible=1)
    refusal = LC.check_step(LC.Step.DECIDE, facts, TODAY)
    assert key(refusal) == "lifecycle.decide_unchecked" and refusal.params == {"n": 1}
    facts = replace(facts, unchecked=0, eligible=0)
    assert key(LC.check_step(LC.Step.DECIDE, facts, TODAY)) == "lifecycle.decide_no_eligible"
    assert LC.check_step(LC.Step.DECIDE, replace(facts, eligible=2), TODAY) is None


def test_implementation_needs_a_winner_and_completion_no_open_project():
    facts = replace(READY, status=S.DECIDED)
    assert key(LC.check_step(LC.Step.START_IMPLEMENTATION, facts, TODAY)) == "lifecycle.implement_no_winners"
    assert LC.check_step(LC.Step.START_IMPLEMENTATION, replace(facts, winners=2), TODAY) is None
    facts = replace(READY, status=S.IN_IMPLEMENTATION, open_projects=1)
    assert key(LC.check_step(LC.Step.COMPLETE, facts, TODAY)) == "lifecycle.complete_open_projects"
    assert LC.check_step(LC.Step.COMPLETE, replace(facts, open_projects=0), TODAY) is None


def test_next_steps():
    assert LC.next_steps(S.DRAFT) == [LC.Step.ANNOUNCE, LC.Step.CANCEL]
    assert LC.next_steps(S.UNDER_REVIEW) == [LC.Step.DECIDE, LC.Step.CANCEL]
    assert LC.next_steps(S.DECIDED) == [LC.Step.START_IMPLEMENTATION]
    assert LC.next_steps(S.COMPLETED) == [] and LC.next_steps(S.CANCELLED) == []


def test_what_may_be_edited_in_each_state():
    every = frozenset({"title", "max_grant_tyiyn", "deadline_on", "contact_person", "decision_on"})
    assert LC.editable_fields(S.DRAFT, every) == every
    for st in (S.ANNOUNCED, S.APPLICATIONS_CLOSED, S.UNDER_REVIEW):
        assert LC.editable_fields(st, every) == {"contact_person", "decision_on"}
    assert LC.editable_fields(S.DECIDED, every) == {"contact_person"}
    assert LC.editable_fields(S.COMPLETED, every) == frozenset()
    assert LC.editable_fields(S.CANCELLED, every) == frozenset()


def test_checklist_changes_until_the_review():
    for st in (S.DRAFT, S.ANNOUNCED, S.APPLICATIONS_CLOSED):
        assert LC.check_criteria_change(st) is None
    for st in (S.UNDER_REVIEW, S.DECIDED, S.CANCELLED):
        assert key(LC.check_criteria_change(st)) == "lifecycle.criteria_locked"


def test_registration_rules():
    assert key(LC.check_registration(S.DRAFT, False)) == "application.not_announced"
    assert LC.check_registration(S.ANNOUNCED, False) is None
    assert LC.check_registration(S.ANNOUNCED, True) is None
    assert key(LC.check_registration(S.APPLICATIONS_CLOSED, False)) == "application.closed_needs_late"
    assert LC.check_registration(S.APPLICATIONS_CLOSED, True) is None
    for st in (S.UNDER_REVIEW, S.DECIDED, S.IN_IMPLEMENTATION, S.COMPLETED, S.CANCELLED):
        assert key(LC.check_registration(st, True)) == "application.registration_over"
    assert LC.is_late(date(2021, 10, 1), date(2021, 9, 30))
    assert not LC.is_late(date(2021, 9, 30), date(2021, 9, 30))
    assert not LC.is_late(date(2021, 10, 1), None)


def test_application_changes():
    assert LC.check_application_change(S.ANNOUNCED, AS.REGISTERED) is None
    assert LC.check_application_change(S.UNDER_REVIEW, AS.INELIGIBLE) is None
    assert key(LC.check_application_change(S.DECIDED, AS.ELIGIBLE)) == "application.locked"
    assert key(LC.check_application_change(S.ANNOUNCED, AS.WITHDRAWN)) == "application.withdrawn"
    assert key(LC.check_application_change(S.UNDER_REVIEW, AS.WINNER)) == "application.decided"


def test_eligibility_outcome():
    assert LC.eligibility_outcome({"a": True, "b": True}, None) == (AS.ELIGIBLE, None)
    status, refusal = LC.eligibility_outcome({"a": True, "b": False}, "")
    assert status is None and key(refusal) == "eligibility.reason"
    assert LC.eligibility_outcome({"a": False}, "Башка аймакта жашайт") == (AS.INELIGIBLE, None)
    assert key(LC.eligibility_outcome({}, None)[1]) == "eligibility.no_items"


def test_cofinancing_share():
    # case B: 12 000 som asked, 25 000 som from the donor project
    assert LC.cofinancing_met(1_200_000, 2_500_000, 60)
    assert not LC.cofinancing_met(1_200_000, 2_500_000, 70)
    assert LC.cofinancing_met(100, 0, 0)
    assert LC.cofinancing_met(80, 20, 20) and not LC.cofinancing_met(81, 20, 20)
    assert not LC.cofinancing_met(0, 0, 10)
    assert round(LC.cofinancing_share_pct(1_200_000, 2_500_000), 1) == 67.6
