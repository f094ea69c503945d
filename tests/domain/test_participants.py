from app.domain.participants import (
    DEFAULT_CATEGORIES, Category, builtin_category_id, category_total, check_counts, grand_total, sum_counts,
)

CATS = {
    builtin_category_id(c.code): Category(builtin_category_id(c.code),
                                          builtin_category_id(c.parent) if c.parent else None, c.additive)
    for c in DEFAULT_CATEGORIES
}


def ids(**counts):
    return {builtin_category_id(k): v for k, v in counts.items()}


def test_case_b_first_project_total_is_94():
    counts = ids(fathers=28, mothers=54, boys=8, girls=4)
    assert grand_total(counts, CATS) == 94
    assert category_total(builtin_category_id("children"), counts, CATS) == 12
    assert check_counts(counts, CATS) == []


def test_case_b_second_project_parts_not_added_twice():
    counts = ids(children=290, girls=114, children_disabilities=19, migrant_children=89)
    assert grand_total(counts, CATS) == 290
    assert check_counts(counts, CATS) == []


def test_part_exceeding_whole_is_named():
    counts = ids(children=100, girls=114)
    problems = check_counts(counts, CATS)
    assert len(problems) == 1
    p = problems[0]
    assert (p.part_id, p.part_count, p.whole_id, p.whole_count) == (
        builtin_category_id("girls"), 114, builtin_category_id("children"), 100)


def test_additive_parts_may_not_sum_past_whole():
    counts = ids(children=10, boys=6, girls=6)
    problems = check_counts(counts, CATS)
    assert problems and problems[0].parts_sum and problems[0].part_count == 12


def test_overlapping_subsets_are_fine():
    # girls and migrants' children overlap: no additive-sum complaint
    counts = ids(children=100, girls=60, migrant_children=60)
    assert check_counts(counts, CATS) == []


def test_persons_with_disabilities_not_added_to_total():
    counts = ids(men=10, women=12, persons_disabilities=3)
    assert grand_total(counts, CATS) == 22


def test_sum_counts():
    assert sum_counts([{"a": 1}, {"a": 2, "b": 3}]) == {"a": 3, "b": 3}
