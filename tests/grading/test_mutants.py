"""Mutants of a reference: the mistakes each operator makes, and the equivalence rule."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.errors import ContentError
from mldojo.grading.answer_mutants import (
    choice_mutants,
    plainest_match,
    symbolic_mutants,
    written_mutants,
)
from mldojo.grading.mutants import compiled, fingerprint, python_mutants
from mldojo.grading.mutation import sample
from mldojo.grading.written import judge_written
from tests.conftest import copy_exercises

REFERENCE = '''"""The note: never mutated."""
import numpy as np


def positive_total(x: np.ndarray, n: int = 3) -> float:
    """Docstring, never mutated."""
    total = 0.0
    for i in range(n):
        if x[i] < 0:
            continue
        total += x[i] * 2
    return total / x.sum(axis=0)


def pick(rows, flags):
    rng = np.random.default_rng(7)
    kept = [r for r, keep in zip(rows, flags) if keep and not r.empty]
    return sorted(kept)[1:], rng.permutation(3), max(rows), rows.copy()


if __name__ == "__main__":
    print(positive_total(np.ones(3)))
'''


@pytest.fixture(scope="module")
def mutants() -> dict[str, str]:
    found = python_mutants(REFERENCE)
    assert found.invalid == 0
    return {m.description: m.source for m in found.mutants}


def test_each_operator_makes_the_mistakes_it_names(mutants: dict[str, str]) -> None:
    expected = {
        "line 9: `x[i] < 0` -> `x[i] <= 0`",  # comparison
        "line 9: `x[i] < 0` -> `x[i] > 0`",
        "line 11:9: `+=` -> `-=`",  # augmented assignment
        "line 11: `x[i] * 2` -> `x[i] / 2`",  # arithmetic
        "line 11: `x[i] * 2` -> `x[i] * 3`",  # constants: n + 1 and n - 1
        "line 11: `x[i] * 2` -> `x[i] * 1`",
        "line 7: `0.0` -> `1.0`",
        "line 5: `3` -> `4`",  # a default
        "line 12: `x.sum(axis=0)` -> `x.sum(axis=1)`",  # axes
        "line 12: `x.sum(axis=0)` -> `x.sum(axis=None)`",
        "line 8: `range(n)` -> `range(n + 1)`",  # off-by-one
        "line 8: `range(n)` -> `range(n - 1)`",
        "line 9: `x[i]` -> `x[i + 1]`",
        "line 18:25: `1` -> `2`",
        "line 18: `sorted(kept)[1:]` -> `sorted(kept)[1:-1]`",
        "line 11: dropped `total += x[i] * 2`",  # statements
        "line 9: dropped `if x[i] < 0: ...`",
        "line 10:13: `continue` -> `break`",
        "line 12: `return total / x.sum(axis=0)` -> `return None`",
        "line 17: `keep and (not r.empty)` -> `keep or not r.empty`",  # boolean operators
        "line 17: dropped `and not r.empty`",
        "line 17: dropped `keep and`",
        "line 17: `not r.empty` -> `r.empty`",
        "line 18: `max(rows)` -> `min(rows)`",  # a function for its twin
        "line 18: dropped `.copy()`",
        "line 18: `sorted(kept)` -> `kept`",
    }
    assert expected <= set(mutants), sorted(expected - set(mutants))


def test_a_mutant_is_the_reference_with_only_its_change(mutants: dict[str, str]) -> None:
    source = mutants["line 9: `x[i] < 0` -> `x[i] <= 0`"]
    assert "if x[i] <= 0:" in source
    assert ast.unparse(ast.parse(source)).replace("x[i] <= 0", "x[i] < 0") == ast.unparse(
        ast.parse(REFERENCE)
    )


def test_docstrings_annotations_seeds_and_the_main_block_are_never_mutated(
    mutants: dict[str, str],
) -> None:
    reference = ast.parse(REFERENCE)
    for description, source in mutants.items():
        tree = ast.parse(source)
        assert ast.get_docstring(tree) == ast.get_docstring(reference), description
        function = tree.body[2]
        assert isinstance(function, ast.FunctionDef)
        assert ast.get_docstring(function) == "Docstring, never mutated.", description
        assert ast.unparse(function.returns or ast.Constant(None)) == "float", description
        assert "default_rng(8)" not in source and "default_rng(6)" not in source
        assert "__main__':\n    print(positive_total(np.ones(3)))" in source
        assert not description.startswith(("line 22", "line 23")), description


def test_a_figures_size_is_never_mutated_but_its_grid_is() -> None:
    reference = (
        "import matplotlib.pyplot as plt\n\n"
        "def plot(d):\n"
        "    ncols = min(3, d)\n"
        "    fig, axes = plt.subplots(2, ncols, figsize=(4 * ncols, 6), dpi=100)\n"
        "    return fig\n"
    )
    call = "plt.subplots({}, ncols, figsize=(4 * ncols, 6), dpi=100)"
    # The grid's shape is what the figure shows; its size in inches and dots is how it looks.
    assert {m.description for m in python_mutants(reference).mutants} == {
        "line 4: dropped `ncols = min(3, d)`",
        "line 4: `min(3, d)` -> `max(3, d)`",
        "line 4: `min(3, d)` -> `min(4, d)`",
        "line 4: `min(3, d)` -> `min(2, d)`",
        "line 5: dropped `fig, axes = plt.subplots(2, ncols, figsize=(4...`",
        f"line 5: `{call.format(2)}` -> `{call.format(3)}`",
        f"line 5: `{call.format(2)}` -> `{call.format(1)}`",
        "line 6: `return fig` -> `return None`",
    }


def test_mutants_that_only_change_dead_code_are_dropped_as_equivalent() -> None:
    reference = "def f(x):\n    return x + 1\n    y = 2\n    return y\n"
    found = python_mutants(reference)
    # `y = 2` and `return y` never run: changing them leaves the bytecode as it was.
    assert found.equivalent == 4  # 2 -> 3, 2 -> 1, dropped `y = 2`, `return y` -> None
    assert sorted(m.description for m in found.mutants) == [
        "line 2: `return x + 1` -> `return None`",
        "line 2: `x + 1` -> `x + 0`",
        "line 2: `x + 1` -> `x + 2`",
        "line 2: `x + 1` -> `x - 1`",
    ]


def test_a_mutant_that_compiles_like_an_earlier_one_is_a_duplicate() -> None:
    # Constant folding makes `2 * 3 - 0` the reference's 6, and `2 * 3 + -1` the same 5
    # as the earlier `2 + 3 + 0`: neither is graded.
    found = python_mutants("def f():\n    return 2 * 3 + 0\n")
    assert found.equivalent == 2
    values = []
    for mutant in found.mutants:
        space: dict[str, object] = {}
        exec(mutant.source, space)  # trusted, hand-written above
        values.append(space["f"]())  # type: ignore[operator]
    assert len(values) == len(set(map(repr, values)))
    assert 6 not in values


def test_bytecode_equality_ignores_layout_and_line_numbers() -> None:
    spread = "def f(x,\n      y):\n\n    z = (x +\n         y)\n    return z\n"
    packed = "def f(x, y):\n    z = x + y\n    return z\n"
    one, two = compiled(spread), compiled(packed)
    assert one is not None and two is not None
    assert fingerprint(one) == fingerprint(two)
    other = compiled(packed.replace("x + y", "x - y"))
    assert other is not None and fingerprint(other) != fingerprint(two)


def test_a_reference_that_does_not_parse_is_a_clear_error() -> None:
    with pytest.raises(ContentError, match=r"solution.py is not valid Python \(line 1"):
        python_mutants("def f(:\n")


def test_sampling_is_fixed_and_keeps_source_order() -> None:
    found = python_mutants(REFERENCE).mutants
    first, again = sample(found, 10), sample(found, 10)
    assert first == again and len(first) == 10
    order = [found.index(m) for m in first]
    assert order == sorted(order)
    assert sample(found[:5], 10) == list(found[:5])


def test_every_wrong_option_set_is_a_mutant(tmp_path: Path) -> None:
    root = copy_exercises(
        tmp_path / "content",
        "evaluation.metrics.screening_metric_choice",
        "soft.patience.systematic_debugging",
    )
    catalog = load_catalog(content_root=root)
    single = catalog.get("evaluation.metrics.screening_metric_choice")
    answers = [m.description.rsplit("`", 2)[1] for m in choice_mutants(single).mutants]
    assert answers == ["A", "C", "D", "E"]  # the reference answers B
    several = catalog.get("soft.patience.systematic_debugging")
    spec = several.meta.choice
    assert spec is not None and spec.multiple
    found = choice_mutants(several).mutants
    assert len(found) == 2 ** len(spec.options) - 2  # every non-empty set but the right one


def test_formula_mutants_change_operators_functions_and_symbols(tmp_path: Path) -> None:
    ids = ("math.linalg.quadratic_gradient", "math.calculus.sigmoid_derivative")
    catalog = load_catalog(content_root=copy_exercises(tmp_path / "content", *ids))
    gradient = {m.description for m in symbolic_mutants(catalog.get(ids[0])).mutants}
    assert "line 10: `2 * x` -> `2 * w`" in gradient  # differentiated by the wrong symbol
    assert "line 10: `w * x + b - y` -> `w * x + b + y`" in gradient
    sigmoid = symbolic_mutants(catalog.get(ids[1]))
    descriptions = " ".join(m.description for m in sigmoid.mutants)
    assert "log(" in descriptions  # exp -> log
    for mutant in sigmoid.mutants:
        assert mutant.source.count("ANSWER = ") == 1


def test_report_mutants_break_one_rubric_line_each(tmp_path: Path) -> None:
    exercise_id = "evaluation.comparison.fraud_model_report"
    exercise = load_catalog(content_root=copy_exercises(tmp_path / "content", exercise_id)).get(
        exercise_id
    )
    found = written_mutants(exercise)
    by_family: dict[str, list[str]] = {}
    for mutant in found.mutants:
        by_family.setdefault(mutant.family, []).append(mutant.source)
        failed = [r.name for r in judge_written(exercise, mutant.source) if not r.passed]
        if mutant.family == "section":
            assert any(name.startswith("has a section") for name in failed), mutant.description
        if mutant.family == "forbidden claim":
            assert any(name.startswith("does not claim") for name in failed), mutant.description
    spec = exercise.meta.written
    assert spec is not None
    assert len(by_family["section"]) == len(spec.sections)
    assert len(by_family["key point"]) == len(spec.points)
    assert len(by_family["forbidden claim"]) == len(spec.forbidden)
    assert "line 5: `2,000` -> `2,020`" in {m.description for m in found.mutants}


def test_the_plainest_text_a_pattern_finds() -> None:
    assert plainest_match(r"without\s+(a\s+|any\s+)?doubt") == "without doubt"
    assert plainest_match(r"(?<!not\s)\bprov(e|es|ed|en)\b") == "prove"
    assert plainest_match(r"catch(es)?\b.{0,40}fraud") == "catch fraud"
    assert plainest_match(r"(a)\1") is None  # a back-reference has no plain text


def test_a_challenge_keeps_its_hyperparameters_but_not_its_logic() -> None:
    reference = (
        "import numpy as np\n"
        "from sklearn.linear_model import RidgeCV\n\n"
        "def fit_predict(X, y, X_test):\n"
        "    model = RidgeCV(alphas=np.logspace(-3, 3, 13), cv=(5))\n"
        "    model.fit(X[:, 1:], y)\n"
        "    return model.predict(X_test[:, 1:])\n"
    )
    plain = {m.description for m in python_mutants(reference).mutants}
    kept = {m.description for m in python_mutants(reference, keep_hyperparameters=True).mutants}
    assert "line 5: `np.logspace(-3, 3, 13)` -> `np.logspace(-3, 3, 14)`" in plain
    assert not any("->" in d and ("logspace" in d or "cv=" in d) for d in kept)
    assert "line 6: dropped `model.fit(X[:, 1:], y)`" in kept
    assert kept <= plain and len(kept) < len(plain)
