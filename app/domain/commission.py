"""Pure rules of the grant commission: quorum, composition warnings, scores,
votes, ranking with tie rules, and awards within the budget."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Iterable, Mapping, Sequence

from app.domain.enums import MemberCategory, QuorumRule, VoteChoice


def quorum_needed(rule: QuorumRule | str, members: int, fixed: int | None = None) -> int:
    """How many members must be present (or, for one application, present and
    not conflicted) for a decision."""
    rule = QuorumRule(rule)
    if members <= 0:
        return 1
    if rule == QuorumRule.MORE_THAN_HALF:
        return members // 2 + 1
    if rule == QuorumRule.TWO_THIRDS:
        return -(-2 * members // 3)  # ceil(2n/3)
    return max(1, min(fixed or members, members)) if fixed else members


def has_quorum(rule, members: int, present: int, fixed: int | None = None) -> bool:
    return present >= quorum_needed(rule, members, fixed)


@dataclass(frozen=True)
class CompositionWarning:
    code: str  # too_few | even | no_community
    needed: int = 0
    actual: int = 0


def composition_warnings(categories: Sequence[MemberCategory | str], min_members: int, require_odd: bool,
                         min_community: int) -> list[CompositionWarning]:
    out = []
    n = len(categories)
    if n < min_members:
        out.append(CompositionWarning("too_few", min_members, n))
    if require_odd and n % 2 == 0:
        out.append(CompositionWarning("even", 0, n))
    community = sum(1 for c in categories if MemberCategory(c) in (MemberCategory.COMMUNITY,
                                                                   MemberCategory.CIVIL_SOCIETY))
    if community < min_community:
        out.append(CompositionWarning("no_community", min_community, community))
    return out


def member_total(points: Mapping[str, int], weights: Mapping[str, Decimal]) -> Decimal:
    """One member's weighted total over the criteria they scored."""
    return sum((Decimal(p) * Decimal(weights[c]) for c, p in points.items()), Decimal(0))


def application_score(sheets: Iterable[Mapping[str, int]], weights: Mapping[str, Decimal]) -> Decimal | None:
    """Mean of the members' weighted totals, over the members who scored
    (conflicted or absent members are simply not in `sheets`)."""
    totals = [member_total(s, weights) for s in sheets if s]
    if not totals:
        return None
    mean = sum(totals, Decimal(0)) / len(totals)
    return mean.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Candidate:
    application_id: str
    score: Decimal | None
    requested_tyiyn: int
    cofinancing_share: Fraction  # co-financing / total project cost
    reg_seq: int


def rank(candidates: Sequence[Candidate], tie_rule: str, chair_order: Sequence[str] = ()) -> list[Candidate]:
    """Highest score first. Ties: 'cofinancing' (higher share first),
    'earlier_registration', or 'chair' (the order the chair gives in
    `chair_order`; unlisted ties fall back to registration order)."""
    def key(c: Candidate):
        score = c.score if c.score is not None else Decimal(-1)
        if tie_rule == "cofinancing":
            tie = (-c.cofinancing_share, c.reg_seq)
        elif tie_rule == "chair":
            pos = chair_order.index(c.application_id) if c.application_id in chair_order else len(chair_order)
            tie = (pos, c.reg_seq)
        else:
            tie = (c.reg_seq,)
        return (-score, *tie)

    return sorted(candidates, key=key)


@dataclass(frozen=True)
class VoteResult:
    for_: int
    against: int
    abstain: int
    eligible_voters: int
    passed: bool
    casting_used: bool


def vote_result(choices: Mapping[str, VoteChoice | str], eligible_voters: int, two_thirds: bool,
                chair_id: str | None, casting_vote: bool) -> VoteResult:
    """Passes with a majority of the present, non-conflicted members (simple:
    more than half; or two thirds). On an exact tie (for == against with
    everyone voting) the chair's vote decides when the rules give it."""
    values = {k: VoteChoice(v) for k, v in choices.items()}
    f = sum(1 for v in values.values() if v == VoteChoice.FOR)
    a = sum(1 for v in values.values() if v == VoteChoice.AGAINST)
    ab = sum(1 for v in values.values() if v == VoteChoice.ABSTAIN)
    needed = -(-2 * eligible_voters // 3) if two_thirds else eligible_voters // 2 + 1
    passed = f >= needed and eligible_voters > 0
    casting = False
    if not passed and not two_thirds and casting_vote and chair_id in values and f == a and f + a == eligible_voters:
        passed = values[chair_id] == VoteChoice.FOR
        casting = True
    return VoteResult(f, a, ab, eligible_voters, passed, casting)


@dataclass(frozen=True)
class Award:
    application_id: str
    rank: int
    outcome: str  # winner | reserve | rejected
    awarded_tyiyn: int


def allocate(ranked: Sequence[Candidate], allocation_tyiyn: int, min_score: Decimal | None = None,
             allow_partial: bool = True) -> list[Award]:
    """Winners in rank order until the allocation is used; the last winner may
    get less than requested (recorded); the rest that qualify are the reserve
    list; below the minimum score is rejected."""
    left = allocation_tyiyn
    out = []
    for i, c in enumerate(ranked, start=1):
        below = min_score is not None and (c.score is None or c.score < min_score)
        if below:
            out.append(Award(c.application_id, i, "rejected", 0))
        elif left >= c.requested_tyiyn:
            out.append(Award(c.application_id, i, "winner", c.requested_tyiyn))
            left -= c.requested_tyiyn
        elif allow_partial and left > 0:
            out.append(Award(c.application_id, i, "winner", left))
            left = 0
        else:
            out.append(Award(c.application_id, i, "reserve", 0))
    return out


# --------------------------------------------------------------------------
# Lots (directions) and prizes (issue 15): each lot is ranked and awarded on
# its own, within its own allocation; money never moves between lots.


@dataclass(frozen=True)
class LotPool:
    """What a lot can give: an allocation (grants), or fixed prizes by place
    (a nomination of a prize competition; place -> amount in tyiyn)."""
    lot_id: str
    allocation_tyiyn: int
    prizes: Mapping[int, int] | None = None


def award_prizes(ranked: Sequence[Candidate], prizes: Mapping[int, int],
                 min_score: Decimal | None = None) -> list[Award]:
    """Fixed prizes by place: those that qualify (at or above the minimum
    score) take places 1, 2, 3... in rank order and get the prize set for
    their place; a place with no prize, or below the minimum, gets nothing.
    The rank is the place."""
    def below(c: Candidate) -> bool:
        return min_score is not None and (c.score is None or c.score < min_score)

    ordered = [c for c in ranked if not below(c)] + [c for c in ranked if below(c)]
    out = []
    for place, c in enumerate(ordered, start=1):
        amount = 0 if below(c) else prizes.get(place, 0)
        out.append(Award(c.application_id, place, "winner" if amount else "rejected", amount))
    return out


def decide_lots(ranked_by_lot: Mapping[str, Sequence[Candidate]], pools: Sequence[LotPool],
                min_score: Decimal | None = None) -> dict[str, list[Award]]:
    """Award every lot from its own pool only: a cheaper or higher-scoring
    application in one lot never takes money from another lot. Candidates of
    a lot that has no pool are an error of the caller (KeyError)."""
    known = {p.lot_id for p in pools}
    stray = set(ranked_by_lot) - known
    if stray:
        raise KeyError(sorted(stray))
    out: dict[str, list[Award]] = {}
    for pool in pools:
        ranked = list(ranked_by_lot.get(pool.lot_id, ()))
        if pool.prizes is not None:
            out[pool.lot_id] = award_prizes(ranked, pool.prizes, min_score)
        else:
            out[pool.lot_id] = allocate(ranked, pool.allocation_tyiyn, min_score)
    return out


def participant_subtotals(awards: Iterable[tuple[str, int]]) -> list[tuple[str, int, int]]:
    """(participant, amount) pairs -> (participant, number of awards, sum),
    in the order participants first appear; zero amounts are left out."""
    totals: dict[str, list[int]] = {}
    for who, amount in awards:
        if amount:
            row = totals.setdefault(who, [0, 0])
            row[0] += 1
            row[1] += amount
    return [(who, n, s) for who, (n, s) in totals.items()]
