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


# --------------------------------------------------------------------------
# Lots and prizes (issue 15)


def _lc(app_id, score, requested, seq):
    return C.Candidate(app_id, Decimal(score), requested, Fraction(0), seq)


def test_one_pool_cuts_the_other_directions_winner_but_lots_do_not():
    """The issue's case: in direction B a cheaper, higher-scoring application;
    one pool gives it money and cuts direction A's winner; per lot it cannot."""
    a1 = _lc("A1", "8", 5_000_000, 1)
    b1, b2 = _lc("B1", "9", 3_000_000, 2), _lc("B2", "9.5", 2_000_000, 3)
    one_pool = C.allocate(C.rank([a1, b1, b2], "earlier_registration"), 8_000_000)
    assert {x.application_id: x.awarded_tyiyn for x in one_pool}["A1"] == 3_000_000  # cut: the old behaviour
    per_lot = C.decide_lots({"A": [a1], "B": C.rank([b1, b2], "earlier_registration")},
                                [C.LotPool("A", 5_000_000), C.LotPool("B", 3_000_000)])
    assert [(x.application_id, x.outcome, x.awarded_tyiyn) for x in per_lot["A"]] == [("A1", "winner", 5_000_000)]
    assert [(x.application_id, x.rank, x.outcome, x.awarded_tyiyn) for x in per_lot["B"]] == [
        ("B2", 1, "winner", 2_000_000), ("B1", 2, "winner", 1_000_000)]
    total_b = sum(x.awarded_tyiyn for x in per_lot["B"])
    assert total_b == 3_000_000


def test_a_lot_with_no_applications_gives_nothing_and_unknown_lots_are_refused():
    out = C.decide_lots({}, [C.LotPool("A", 100)])
    assert out == {"A": []}
    with pytest.raises(KeyError):
        C.decide_lots({"X": [_lc("a", "1", 1, 1)]}, [C.LotPool("A", 100)])


def test_prizes_go_by_place_and_skip_those_below_the_minimum():
    ranked = [_lc("a", "9", 0, 1), _lc("b", "8", 0, 2), _lc("c", "4", 0, 3), _lc("d", "7", 0, 4)]
    ranked = C.rank(ranked, "earlier_registration")
    out = C.award_prizes(ranked, {1: 3_000_000, 2: 2_000_000, 3: 1_000_000}, min_score=Decimal(5))
    assert [(x.application_id, x.rank, x.outcome, x.awarded_tyiyn) for x in out] == [
        ("a", 1, "winner", 3_000_000), ("b", 2, "winner", 2_000_000), ("d", 3, "winner", 1_000_000),
        ("c", 4, "rejected", 0)]
    # a hand-made order that puts a low score first still gives places to those who qualify
    out = C.award_prizes([ranked[3], ranked[0]], {1: 500}, min_score=Decimal(5))
    assert [(x.application_id, x.awarded_tyiyn) for x in out] == [("a", 500), ("c", 0)]


def test_prize_nominations_and_grant_lots_side_by_side():
    out = C.decide_lots({"N1": [_lc("a", "9", 0, 1), _lc("b", "8", 0, 2)], "N2": [_lc("a2", "7", 0, 3)]},
                            [C.LotPool("N1", 0, {1: 700, 2: 300}), C.LotPool("N2", 0, {1: 700})])
    assert [x.awarded_tyiyn for x in out["N1"]] == [700, 300]
    assert [x.awarded_tyiyn for x in out["N2"]] == [700]


def test_participant_subtotals_add_several_prizes_of_one_participant():
    assert C.participant_subtotals([("Ош", 700), ("Баткен", 300), ("Ош", 500), ("Нарын", 0)]) == [
        ("Ош", 2, 1200), ("Баткен", 1, 300)]
