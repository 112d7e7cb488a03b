"""Mutation scores: weak checks let mutants live, strong checks kill them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.grading.local import LocalGrader
from mldojo.grading.mutation import (
    MIN_MEDIAN,
    MIN_SCORE,
    MutationRun,
    MutationScore,
    score_exercises,
    summarise,
)
from mldojo.grading.pool import ZygotePool
from mldojo.grading.validate import REFERENCE_SEEDS
from tests.conftest import copy_exercises

SOLUTION = '''"""Keep one running sum and append it after each step."""


def running_total(xs: list[float]) -> list[float]:
    out = []
    total = 0.0
    for x in xs:
        total += x
        out.append(total)
    return out
'''
STARTER = '''def running_total(xs: list[float]) -> list[float]:
    """The running sums of xs."""
    raise NotImplementedError
'''
# Only the empty list: every mutant that still returns [] for it passes.
WEAK = """from mldojo.grading.casekit import Case


def cases(rng):
    return [Case("empty", ([],))]
"""
STRONG = """from mldojo.grading.casekit import Case


def cases(rng):
    found = [Case("empty", ([],)), Case("one", ([2.5],))]
    for i in range(4):
        n = int(rng.integers(2, 9))
        found.append(Case(f"random #{i + 1}", ([float(v) for v in rng.normal(size=n)],)))
    return found
"""


def write_exercise(root: Path, name: str, cases: str) -> Path:
    """A function exercise with the running-total reference and the given checks."""
    folder = root / "python" / "functions" / name
    folder.mkdir(parents=True)
    (folder / "exercise.toml").write_text(
        'title = "Running totals"\narea = "python"\nskills = ["python.functions"]\n'
        'difficulty = 1\nkind = "function"\nminutes = 5\nentry = "running_total"\n'
        "[limits]\ntime_s = 5\n"
    )
    (folder / "README.md").write_text("Return the running sums of a list.\n")
    (folder / "hints.md").write_text("## Hint 1\nKeep a sum.\n\n## Hint 2\nAppend it.\n")
    (folder / "starter.py").write_text(STARTER)
    (folder / "solution.py").write_text(SOLUTION)
    (folder / "cases.py").write_text(cases)
    return folder


@pytest.fixture
def pack(tmp_path: Path) -> dict[str, Exercise]:
    root = copy_exercises(tmp_path / "content")
    write_exercise(root, "weak_totals", WEAK)
    write_exercise(root, "strong_totals", STRONG)
    catalog = load_catalog(content_root=root)
    return {e.id.rsplit(".", 1)[-1]: e for e in catalog.ordered()}


def test_weak_checks_score_low_and_strong_checks_score_high(
    pack: dict[str, Exercise], warm_pool: ZygotePool
) -> None:
    progress: list[tuple[str, int, int]] = []
    totals: list[int] = []
    scores = score_exercises(
        list(pack.values()),
        grader=LocalGrader(runner=warm_pool),
        seeds=REFERENCE_SEEDS,
        run=MutationRun(
            workers=2, on_start=totals.append, on_progress=lambda *p: progress.append(p)
        ),
    )
    weak, strong = scores[pack["weak_totals"].id], scores[pack["strong_totals"].id]
    assert weak.total == strong.total > 0  # the same reference, so the same mutants
    assert totals == [weak.total + strong.total]
    assert strong.score == 1.0 and not strong.survivors
    assert weak.score is not None and weak.score < 0.5
    survivors = {s.description for s in weak.survivors}
    # An empty list never reaches the loop: its body, and the start value, can be anything.
    assert "line 8:9: `+=` -> `-=`" in survivors
    assert "line 9: dropped `out.append(total)`" in survivors
    assert "line 6: `0.0` -> `1.0`" in survivors
    assert "line 10: `return out` -> `return None`" not in survivors  # None is not []
    # Progress counts each exercise's mutants up to its total, once each.
    for exercise in (weak, strong):
        done = [d for e, d, _ in progress if e == exercise.exercise]
        assert sorted(done) == list(range(1, exercise.total + 1))


def test_summary_states_the_rule_and_the_bar() -> None:
    scores = [
        MutationScore("a.b.low", "solution.py", made=10, total=10, killed=6),
        MutationScore("a.b.high", "solution.py", made=10, total=10, killed=10),
        MutationScore("a.b.mid", "solution.py", made=80, total=60, killed=57),
    ]
    summary = summarise(scores, cap=60, seeds=(11, 20260))
    assert summary.median == 0.95 and summary.minimum == 0.6
    assert summary.below_minimum == ("a.b.low",) and summary.below_target == 1
    assert not summary.ok
    assert "seeds 11, 20260" in summary.rule and "At most 60 mutants" in summary.rule
    assert f"at least {MIN_SCORE:.2f}" in summary.rule and f"{MIN_MEDIAN:.2f}" in summary.rule
    assert scores[2].to_json()["sampled"] is True
    assert summarise(scores[1:], cap=60, seeds=(11,)).ok


def test_an_exercise_whose_mutants_cannot_be_made_is_reported(
    pack: dict[str, Exercise], warm_pool: ZygotePool
) -> None:
    exercise = pack["weak_totals"]
    exercise.solution_path.write_text("def running_total(xs:\n")
    [score] = score_exercises(
        [exercise], grader=LocalGrader(runner=warm_pool), seeds=REFERENCE_SEEDS
    ).values()
    assert score.score is None and score.total == 0
    assert "solution.py is not valid Python (line 1" in score.problem
    summary = summarise([score], cap=60, seeds=REFERENCE_SEEDS)
    assert summary.unmeasured == (exercise.id,) and not summary.ok
