from decimal import Decimal
from fractions import Fraction

import pytest

from app.domain import commission as C
from app.domain.enums import MemberCategory, QuorumRule, VoteChoice


@pytest.mark.parametrize("rule,members,fixed,needed", [
    (QuorumRule.MORE_THAN_HALF, 5, None, 3), (QuorumRule.MORE_THAN_HALF, 4, None, 3),
    (QuorumRule.MORE_THAN_HALF, 6, None, 4), (QuorumRule.TWO_THIRDS, 6, None, 4),
    (QuorumRule.TWO_THIRDS, 5, None, 4), (QuorumRule.TWO_THIRDS, 4, None, 3), (QuorumRule.FIXED, 7, 4, 4),
])
def test_quorum_needed(rule, members, fixed, needed):
    assert C.quorum_needed(rule, members, fixed) == needed


def test_exactly_half_is_not_a_quorum():
    assert not C.has_quorum(QuorumRule.MORE_THAN_HALF, 6, 3)
    assert C.has_quorum(QuorumRule.MORE_THAN_HALF, 6, 4)


def test_two_thirds_with_recusals_is_recomputed_without_them():
    # 6 members, 2 recused for one application: 4 remain, two thirds of 4 = 3
    assert C.quorum_needed(QuorumRule.TWO_THIRDS, 6 - 2) == 3
    assert C.has_quorum(QuorumRule.TWO_THIRDS, 4, 3)


def test_composition_warnings():
    w = C.composition_warnings([MemberCategory.LSG_SPECIALIST] * 4, 5, True, 1)
    assert {x.code for x in w} == {"too_few", "even", "no_community"}
    assert C.composition_warnings([MemberCategory.COMMUNITY] * 5, 5, True, 1) == []


def test_weighted_mean_over_members_who_scored():
    weights = {"a": Decimal(1), "b": Decimal(2)}
    sheets = [{"a": 10, "b": 5}, {"a": 6, "b": 7}]   # 20 and 20
    assert C.application_score(sheets, weights) == Decimal("20.00")
    # a recused member has no sheet: the mean is over the others only
    assert C.application_score(sheets[:1], weights) == Decimal("20.00")
    assert C.application_score([], weights) is None


def _c(app, score, req=100, share=0, seq=1):
    return C.Candidate(app, Decimal(score), req, Fraction(share), seq)


def test_tie_rules():
    a, b = _c("a", 30, share=Fraction(1, 10), seq=2), _c("b", 30, share=Fraction(1, 3), seq=1)
    assert [x.application_id for x in C.rank([a, b], "earlier_registration")] == ["b", "a"]
    assert [x.application_id for x in C.rank([b, a], "cofinancing")] == ["b", "a"]
    assert [x.application_id for x in C.rank([b, a], "chair", ["a", "b"])] == ["a", "b"]
    assert [x.application_id for x in C.rank([a, _c("c", 40, seq=3)], "earlier_registration")] == ["c", "a"]


def test_budget_cut_off_with_partial_award_and_reserve():
    ranked = [_c("a", 40, req=12000), _c("b", 35, req=9000), _c("c", 30, req=5000)]
    awards = C.allocate(ranked, 20000)
    assert [(x.application_id, x.outcome, x.awarded_tyiyn) for x in awards] == [
        ("a", "winner", 12000), ("b", "winner", 8000), ("c", "reserve", 0)]
    below = C.allocate(ranked, 50000, min_score=Decimal(32))
    assert below[2].outcome == "rejected"


def test_votes_simple_two_thirds_and_casting():
    v = {"m1": VoteChoice.FOR, "m2": VoteChoice.FOR, "m3": VoteChoice.AGAINST, "m4": VoteChoice.ABSTAIN}
    assert C.vote_result(v, 4, False, "m1", False).passed is False     # 2 of 4 is not more than half
    assert C.vote_result(v, 3, False, "m1", False).passed is True
    assert C.vote_result({"m1": "for", "m2": "for", "m3": "against"}, 3, True, None, False).passed is True
    tie = {"m1": "for", "m2": "against", "m3": "for", "m4": "against"}
    assert C.vote_result(tie, 4, False, "m1", True).passed and C.vote_result(tie, 4, False, "m1", True).casting_used
    assert not C.vote_result(tie, 4, False, "m1", False).passed
