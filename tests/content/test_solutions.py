"""Every exercise judges truly: a second correct solution passes, the common mistake fails.

For each exercise `area.x.name`, `tests/solutions/area/x/name/` holds:

- `alternative.py` (`.md` for written exercises): correct, but written differently
  from the reference, so the checks cannot demand the reference's incidental
  choices (another algorithm, other dtypes where the statement allows, another
  order of work);
- `mistake.py` (`.md`): the mistake learners most often make, whose first line
  is `# expect: REGEX` (`<!-- expect: REGEX -->` in Markdown). It must fail,
  and REGEX must match the failure messages: the verdict names the mistake;
- `alternative-*.py` and `mistake-*.py` (`.md`), optional: further correct
  solutions the checks once failed, and further wrong ones they once let through
  (a swapped figure, a reworded overclaim), in the same forms.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.grading.local import LocalGrader
from mldojo.grading.pool import ZygotePool
from mldojo.grading.verdict import Verdict
from mldojo.learning.machine import Machine
from tests.conftest import CONTENT

SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"
CATALOG = load_catalog(content_root=CONTENT)
EXPECT = re.compile(r"^\s*(?:#|<!--)\s*expect:\s*(?P<pattern>.+?)\s*(?:-->)?\s*$")


def solution_file(exercise: Exercise, name: str) -> Path:
    return SOLUTIONS.joinpath(*exercise.id.split("."), name + exercise.kind.suffix)


def expected_pattern(source: str, path: Path) -> re.Pattern[str]:
    match = EXPECT.match(source.splitlines()[0] if source else "")
    assert match, f"{path} must start with '# expect: REGEX' (or '<!-- expect: REGEX -->')"
    return re.compile(match["pattern"], re.IGNORECASE | re.DOTALL)


def messages(verdict: Verdict) -> str:
    return "\n".join(
        [f"{c.name}: {c.message}" for c in verdict.cases if not c.passed]
        + [verdict.status.value, verdict.output]
    )


TIMING_RETRIES = 2


def only_the_timing_failed(verdict: Verdict) -> bool:
    """A speed exercise's verdict whose one failing case is the timing: right answers,
    measured slower than the bar this time."""
    failed = [c for c in verdict.cases if not c.passed]
    return len(failed) == 1 and failed[0].name.endswith("faster than the slow version")


def seed_for(exercise: Exercise) -> int:
    # Not validate's seeds, and stable per exercise so a failure can be replayed.
    return zlib.crc32(exercise.id.encode()) % 2**31


@pytest.fixture(scope="module")
def grader() -> Iterator[LocalGrader]:
    pool = ZygotePool()
    yield LocalGrader(runner=pool)
    pool.close()


MACHINE = Machine.probe()  # found without initialising CUDA: see mldojo.learning.machine


def gradable(exercise: Exercise) -> Exercise:
    why = MACHINE.missing(exercise)
    if why:  # a CUDA exercise runs where there is a GPU, and is skipped elsewhere
        pytest.skip(f"{exercise.id}: {why}")
    return exercise


EXERCISES = [pytest.param(e, id=e.id) for e in CATALOG.ordered()]


def test_every_exercise_has_an_alternative_and_a_mistake() -> None:
    missing = [
        str(solution_file(e, name).relative_to(SOLUTIONS))
        for e in CATALOG.ordered()
        for name in ("alternative", "mistake")
        if not solution_file(e, name).is_file()
    ]
    assert not missing, f"{len(missing)} solution files are missing: {missing}"


@pytest.mark.parametrize("exercise", EXERCISES)
def test_the_alternative_passes(exercise: Exercise, grader: LocalGrader) -> None:
    path = solution_file(gradable(exercise), "alternative")
    if not path.is_file():
        pytest.skip(f"no {path.name} yet")
    for alternative in [path, *sorted(path.parent.glob(f"alternative-*{path.suffix}"))]:
        source = alternative.read_text(encoding="utf-8")
        assert source.strip() != exercise.solution_source().strip(), (
            f"{alternative.name} must differ from the reference"
        )
        verdict = grader.grade(exercise, source, seed=seed_for(exercise))
        for _ in range(TIMING_RETRIES):
            if verdict.passed or not only_the_timing_failed(verdict):
                break
            # Timed on a machine the other tests load: a learner would check again.
            verdict = grader.grade(exercise, source, seed=seed_for(exercise))
        assert verdict.passed, f"{alternative.name}: {messages(verdict)}"


@pytest.mark.parametrize("exercise", EXERCISES)
def test_the_mistake_fails_and_is_named(exercise: Exercise, grader: LocalGrader) -> None:
    path = solution_file(gradable(exercise), "mistake")
    if not path.is_file():
        pytest.skip(f"no {path.name} yet")
    for mistake in [path, *sorted(path.parent.glob(f"mistake-*{path.suffix}"))]:
        source = mistake.read_text(encoding="utf-8")
        pattern = expected_pattern(source, mistake)
        if mistake.suffix == ".md":  # a report is read whole: the expect line is not part of it
            source = source.split("\n", 1)[1] if "\n" in source else ""
        verdict = grader.grade(exercise, source, seed=seed_for(exercise))
        assert not verdict.passed, f"{mistake} passes the checks"
        found = messages(verdict)
        assert pattern.search(found), (
            f"{mistake.name}: the messages do not match /{pattern.pattern}/:\n{found}"
        )
