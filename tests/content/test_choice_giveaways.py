"""Choice exercises must not give their answer away by where it sits or how long it is.

A learner who always answers the same letter, or always picks the longest and most
detailed option, should fail most of the catalog. Three measures over every choice
exercise in the bundled content, each with the share it must stay under:

- one letter is the right answer of at most 40% of the single-answer exercises;
- a right option is the strictly longest option in at most 40% of all choice
  exercises (for several answers: any right option);
- "always pick the longest" (ties read in the learner's favour) passes at most 30%
  of the single-answer exercises.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.schema import ChoiceOption, ChoiceSpec
from tests.conftest import CONTENT

MAX_LETTER_SHARE = 0.40
MAX_RIGHT_LONGEST_SHARE = 0.40
MAX_PICK_LONGEST_SHARE = 0.30


@dataclass(frozen=True)
class Choice:
    id: str
    spec: ChoiceSpec

    @property
    def lengths(self) -> list[int]:
        return [len(o.text.strip()) for o in self.spec.options]

    @property
    def right(self) -> list[ChoiceOption]:
        return [o for o in self.spec.options if o.correct]


def right_is_strictly_longest(choice: Choice) -> bool:
    longest = max(choice.lengths)
    if choice.lengths.count(longest) > 1:
        return False
    return any(len(o.text.strip()) == longest for o in choice.right)


def picking_the_longest_passes(choice: Choice) -> bool:
    """Single answer only: the right option is among the longest, so a guess at it wins."""
    return len(choice.right[0].text.strip()) == max(choice.lengths)


def letter_problem(choices: list[Choice]) -> str | None:
    single = [c for c in choices if not c.spec.multiple]
    by_letter: dict[str, list[str]] = {}
    for c in single:
        by_letter.setdefault(c.right[0].key, []).append(c.id)
    if not by_letter:
        return None
    letter, ids = max(by_letter.items(), key=lambda item: len(item[1]))
    share = len(ids) / len(single)
    if share <= MAX_LETTER_SHARE:
        return None
    counts = Counter({k: len(v) for k, v in by_letter.items()})
    return (
        f"{letter} is the right answer in {len(ids)} of {len(single)} single-answer choice "
        f"exercises ({share:.0%}, more than {MAX_LETTER_SHARE:.0%}; letters {dict(counts)}): "
        f"move the right option to another letter in some of {', '.join(sorted(ids))}"
    )


def longest_problem(choices: list[Choice]) -> str | None:
    ids = [c.id for c in choices if right_is_strictly_longest(c)]
    share = len(ids) / len(choices) if choices else 0.0
    if share <= MAX_RIGHT_LONGEST_SHARE:
        return None
    return (
        f"a right option is the strictly longest in {len(ids)} of {len(choices)} choice "
        f"exercises ({share:.0%}, more than {MAX_RIGHT_LONGEST_SHARE:.0%}): tighten the right "
        f"option or make the wrong ones as specific in some of {', '.join(sorted(ids))}"
    )


def pick_longest_problem(choices: list[Choice]) -> str | None:
    single = [c for c in choices if not c.spec.multiple]
    ids = [c.id for c in single if picking_the_longest_passes(c)]
    share = len(ids) / len(single) if single else 0.0
    if share <= MAX_PICK_LONGEST_SHARE:
        return None
    return (
        f"always picking the longest option passes {len(ids)} of {len(single)} single-answer "
        f"choice exercises ({share:.0%}, more than {MAX_PICK_LONGEST_SHARE:.0%}): make a "
        f"wrong option at least as long in some of {', '.join(sorted(ids))}"
    )


def catalog_choices() -> list[Choice]:
    catalog = load_catalog(content_root=CONTENT)
    found = []
    for exercise in catalog.ordered(kind="choice"):
        assert exercise.meta.choice is not None  # the catalog guarantees the table
        found.append(Choice(exercise.id, exercise.meta.choice))
    return found


CHOICES = catalog_choices()


def test_the_catalog_has_enough_choice_exercises_to_judge() -> None:
    assert len([c for c in CHOICES if not c.spec.multiple]) >= 5


@pytest.mark.parametrize(
    "measure", [letter_problem, longest_problem, pick_longest_problem], ids=lambda m: m.__name__
)
def test_no_choice_exercise_gives_its_answer_away(
    measure: Callable[[list[Choice]], str | None],
) -> None:
    problem = measure(CHOICES)
    assert problem is None, problem


def made(exercise_id: str, lengths: list[int], right: str, multiple: bool = False) -> Choice:
    options = [
        ChoiceOption(key=chr(65 + i), text="x" * n, correct=chr(65 + i) in right, feedback="f")
        for i, n in enumerate(lengths)
    ]
    return Choice(exercise_id, ChoiceSpec(options=options, multiple=multiple))


def test_the_measures_catch_a_catalog_that_gives_answers_away() -> None:
    always_b = [made(f"x.y.e{i}", [50, 200, 60, 70], "B") for i in range(5)]
    letter = letter_problem(always_b)
    assert letter is not None and "B is the right answer in 5 of 5" in letter
    assert "x.y.e0" in letter and "x.y.e4" in letter
    longest = longest_problem(always_b)
    assert longest is not None and "5 of 5" in longest
    picked = pick_longest_problem(always_b)
    assert picked is not None and "passes 5 of 5" in picked
    several = [made("x.y.multi", [90, 40, 40], "AB", multiple=True)]
    assert right_is_strictly_longest(several[0])
    assert longest_problem(several) is not None and letter_problem(several) is None


def test_the_measures_pass_a_catalog_that_spreads_its_answers() -> None:
    spread = [
        made("x.y.a", [100, 90, 110, 95], "A"),
        made("x.y.b", [100, 90, 110, 95], "B"),
        made("x.y.c", [100, 90, 110, 95], "C"),
        made("x.y.d", [100, 90, 110, 95], "D"),
        made("x.y.e", [100, 90, 110, 95, 80], "E"),
    ]
    assert letter_problem(spread) is None
    assert longest_problem(spread) is None  # only x.y.c: 1 of 5
    assert pick_longest_problem(spread) is None  # only x.y.c: 1 of 5


def test_a_tie_for_longest_is_not_strictly_longest_but_a_guess_still_wins() -> None:
    tie = made("x.y.tie", [110, 90, 110, 95], "A")
    assert not right_is_strictly_longest(tie)
    assert picking_the_longest_passes(tie)
