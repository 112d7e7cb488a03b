"""Choice exercises: the learner's answer is read from the file, never run."""

from __future__ import annotations

import ast

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import ChoiceSpec
from mldojo.grading import formula_text
from mldojo.grading.verdict import CaseResult
from mldojo.syntax import parse_module
from mldojo.words import counted


class AnswerNotFound(ValueError):
    pass


# The form of an answer, with no letter in it: an example letter could be the right one.
EXAMPLE = '"X" (the letter of the option you choose; "XY" for several)'


def read_answer(source: str, name: str) -> set[str]:
    """The option keys assigned to `name` at the top level, as a set of letters."""
    try:
        tree = parse_module(source)
    except SyntaxError as exc:
        raise AnswerNotFound(
            f"the file is not valid Python (line {exc.lineno}: {exc.msg}); "
            f"write your choice as {name} = {EXAMPLE}"
        ) from None
    value: object = None
    found = False
    for node in tree.body:
        names, assigned = formula_text.assigned(node)
        if name in names and assigned is not None:
            try:
                value = ast.literal_eval(assigned)
            except ValueError:
                raise AnswerNotFound(
                    f"{name} must be a plain string of option letters, such as {EXAMPLE}; "
                    "it cannot be computed"
                ) from None
            found = True
    if not found:
        raise AnswerNotFound(
            f"the file does not set {name}; write your choice as {name} = {EXAMPLE}"
        )
    if isinstance(value, list | tuple | set):
        letters = "".join(str(v) for v in value)
    elif isinstance(value, str):
        letters = value
    else:
        raise AnswerNotFound(f"{name} must be a string such as {EXAMPLE}, not {value!r}")
    if any(not (ch.isalpha() or ch.isspace() or ch in ",;") for ch in letters):
        raise AnswerNotFound(_only_letters(name, value))
    return {ch.upper() for ch in letters if not ch.isspace() and ch not in ",;"}


def _only_letters(name: str, value: object) -> str:
    return (
        f"{name} must hold only the letters of the options you choose, such as {EXAMPLE}, "
        f"not {value!r}"
    )


def judge_choice(exercise: Exercise, source: str) -> list[CaseResult]:
    spec: ChoiceSpec | None = exercise.meta.choice
    assert spec is not None  # the catalog guarantees a [choice] table
    keys = [o.key for o in spec.options]
    try:
        chosen = read_answer(source, exercise.meta.entry)
    except AnswerNotFound as exc:
        return [CaseResult("your answer", False, str(exc))]
    unknown = sorted(chosen - set(keys))
    if unknown:
        if len(unknown) == 1:
            named = f"{unknown[0]} is not an option"
        else:
            named = f"{', '.join(unknown)} are not options"
        return [
            CaseResult(
                "your answer",
                False,
                f"{named}; choose from {', '.join(keys)}, writing only the letters, as in "
                f'{exercise.meta.entry} = "{keys[-1]}"'
                + (f' (or "{keys[0]}{keys[-1]}" for several)' if spec.multiple else ""),
            )
        ]
    if spec.multiple and len(chosen) == len(keys) and len(keys) > 2:
        # Every option chosen would show which are right, option by option.
        return [
            CaseResult(
                "your answer",
                False,
                "every option is chosen, which says nothing about which you think are "
                "right: choose only the ones you would defend",
            )
        ]
    if not chosen:
        how_many = "at least one" if spec.multiple else "one"
        return [CaseResult("your answer", False, f"choose {how_many} of {', '.join(keys)}")]
    if not spec.multiple and len(chosen) > 1:
        return [CaseResult("your answer", False, f"choose exactly one option, not {len(chosen)}")]
    results = [
        CaseResult(f"option {o.key}", o.correct, o.feedback)
        for o in spec.options
        if o.key in chosen
    ]
    # Name how many correct options are missing, never which: that would give them away.
    missing = sum(1 for o in spec.options if o.correct and o.key not in chosen)
    if missing and spec.multiple:
        results.append(
            CaseResult(
                "options left out",
                False,
                f"{counted(missing, 'correct option')} left out: read the options again",
            )
        )
    return results
