"""`validate` proves the reference passes and the starter fails, and says why when not."""

from __future__ import annotations

import re
from pathlib import Path

from mldojo.catalog.catalog import load_catalog
from mldojo.grading.validate import select, validate_exercises
from tests.conftest import BROADCAST, copy_exercises


def test_a_good_exercise_validates(content: Path) -> None:
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    assert report.ok and report.exercise == BROADCAST


def test_a_starter_that_passes_is_reported(content: Path) -> None:
    folder = content / "stack" / "numpy" / "broadcast_add"
    (folder / "starter.py").write_text((folder / "solution.py").read_text())
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    assert not report.ok
    assert report.problems == (
        "the starter passes the checks: it must fail until the learner's work is done.",
    )


def test_a_reference_that_fails_is_reported(content: Path) -> None:
    solution = content / "stack" / "numpy" / "broadcast_add" / "solution.py"
    solution.write_text(solution.read_text().replace("offsets[:, None]", "offsets"))
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    [problem] = report.problems
    assert problem.startswith("the reference fails with seed 11")
    assert "raised ValueError: operands could not be broadcast" in problem


def test_nondeterministic_cases_are_reported(content: Path) -> None:
    cases = content / "stack" / "numpy" / "broadcast_add" / "cases.py"
    cases.write_text(
        cases.read_text().replace(
            "def cases(rng):",
            "import random\n\ndef cases(rng):\n    rng = np.random.default_rng("
            "random.randrange(10**9))",
        )
    )
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    assert any("different inputs for the same seed" in p for p in report.problems)


def test_an_unreadable_symbolic_mistake_is_reported(tmp_path: Path) -> None:
    content = copy_exercises(tmp_path / "content", "math.calculus.chain_rule_symbolic")
    cases = content / "math" / "calculus" / "chain_rule_symbolic" / "cases.py"
    cases.write_text('MISTAKES = [("exp(3*x", "an unclosed bracket")]\n')
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    [problem] = report.problems
    assert "the mistake 'exp(3*x' in MISTAKES cannot be read by SymPy" in problem


def test_checks_that_break_on_the_starter_are_reported(content: Path) -> None:
    folder = content / "stack" / "numpy" / "broadcast_add"
    starter = folder / "starter.py"
    starter.write_text(starter.read_text().replace("raise NotImplementedError(", "return X  # ("))
    cases = folder / "cases.py"
    cases.write_text(
        cases.read_text().replace(
            "    if problem is None:\n        return None\n",
            "    if problem is None:\n        return None\n    raise KeyError('boom')\n",
        )
    )
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    [problem] = report.problems
    assert problem.startswith("checking the starter fails in the exercise: ")
    assert "raised KeyError: 'boom'" in problem


def test_a_plot_reference_that_returns_no_figure_is_reported(tmp_path: Path) -> None:
    content = copy_exercises(tmp_path / "content", "stack.matplotlib.class_balance_bars")
    solution = content / "stack" / "matplotlib" / "class_balance_bars" / "solution.py"
    solution.write_text(solution.read_text().replace("    return fig", "    return None"))
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    [problem] = report.problems
    assert "returned NoneType, not a matplotlib Figure, on case 1" in problem


def test_select_limits_to_folders(content: Path) -> None:
    catalog = load_catalog(content_root=content)
    assert select(catalog, [content / "python"]) == []
    assert [e.id for e in select(catalog, [content / "stack"])] == [BROADCAST]


def test_a_case_input_the_codec_cannot_send_is_the_exercises_fault(content: Path) -> None:
    cases = content / "stack" / "numpy" / "broadcast_add" / "cases.py"
    cases.write_text(
        cases.read_text().replace(
            "    return out\n",
            '    out.append(Case("a range", (range(3), range(3))))\n    return out\n',
        )
    )
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    [problem] = report.problems
    assert problem.startswith(f"{cases}: the case 'a range' has an input that cannot be sent")
    assert "the exercise's checks are at fault" in problem


def test_a_misspelt_word_list_in_a_rubric_is_reported(tmp_path: Path) -> None:
    content = copy_exercises(tmp_path / "content", "soft.communication.overclaiming_summary")
    path = content / "soft" / "communication" / "overclaiming_summary" / "exercise.toml"
    text = path.read_text()
    start = text.index("patterns = [", text.index("[[written.forbidden]]")) + len("patterns = [")
    path.write_text(text[:start] + "\n    '{certainy} model b'," + text[start:])
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    [problem] = report.problems
    assert "names the word list {certainy}, which is not one of {certainty}," in problem


def test_a_starter_that_does_not_load_is_reported(content: Path) -> None:
    starter = content / "stack" / "numpy" / "broadcast_add" / "starter.py"
    source = starter.read_text()
    for broken, words in (
        ("import nonexistent_module\n" + source, "ModuleNotFoundError"),
        (source.replace("def add_row_offsets(", "def add_offsets("), "does not define"),
    ):
        starter.write_text(broken)
        [report] = validate_exercises(select(load_catalog(content_root=content), []))
        [problem] = report.problems
        assert problem.startswith("the starter does not load (") and words in problem


def test_a_reference_is_told_apart_from_the_truth_it_disagrees_with(tmp_path: Path) -> None:
    choice = "evaluation.metrics.screening_metric_choice"
    content = copy_exercises(tmp_path / "content", BROADCAST, choice)
    answer = content / "evaluation" / "metrics" / "screening_metric_choice" / "solution.py"
    correct = re.search(r'ANSWER = "([A-Z])"', answer.read_text())
    assert correct is not None
    wrong = "A" if correct.group(1) != "A" else "B"
    answer.write_text(answer.read_text().replace(correct.group(0), f'ANSWER = "{wrong}"'))
    solution = content / "stack" / "numpy" / "broadcast_add" / "solution.py"
    solution.write_text(
        solution.read_text().replace(
            "return X + offsets[:, None]",
            "import random\n    return X + offsets[:, None] + random.random()",
        )
    )
    reports = validate_exercises(select(load_catalog(content_root=content), []))
    problems = {r.exercise: r.problems for r in reports}
    [told] = problems[choice]
    assert told == (
        f"solution.py answers {wrong}, but exercise.toml marks {correct.group(1)} correct: "
        "make them agree."
    )
    [random] = problems[BROADCAST]
    assert "against its own results on the same inputs" in random
    assert "the same result every time it runs" in random


def test_hints_out_of_two_to_four_are_reported(content: Path) -> None:
    hints = content / "stack" / "numpy" / "broadcast_add" / "hints.md"
    hints.write_text("## Hint 1\n\nLook at the shapes.\n")
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    assert report.problems == (
        "hints.md has 1 hint: give two to four, from a nudge to nearly the answer.",
    )


def test_a_statement_too_long_to_read_is_reported(content: Path) -> None:
    readme = content / "stack" / "numpy" / "broadcast_add" / "README.md"
    readme.write_text(readme.read_text() + "\n" + "1.0, " * 5000)
    [report] = validate_exercises(select(load_catalog(content_root=content), []))
    [told] = report.problems
    assert told.startswith("README.md has 2") and "(20,000 at most)" in told
