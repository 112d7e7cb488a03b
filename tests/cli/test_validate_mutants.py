"""`mldojo validate --mutants`: the scores in the table and in the JSON contract."""

from __future__ import annotations

import inspect
import json
from pathlib import Path

from mldojo.cli.main import validate
from mldojo.grading.mutation import DEFAULT_CAP
from tests.cli.test_commands import ok
from tests.conftest import BROADCAST, Cli
from tests.grading.test_mutation import STRONG, WEAK, write_exercise


def test_json_adds_the_scores_and_fails_below_the_bar(cli: Cli, content: Path) -> None:
    write_exercise(content, "weak_totals", WEAK)
    report = json.loads(ok(cli("validate", "--mutants", "--json", timeout=600), 1))
    assert report["ok"] is False  # every exercise is valid, but one misses the bar
    by_id = {e["exercise"]: e for e in report["exercises"]}
    assert all(e["ok"] and e["problems"] == [] for e in by_id.values())  # unchanged fields
    weak = by_id["python.functions.weak_totals"]["mutants"]
    assert set(weak) >= {"total", "killed", "score", "excluded", "survivors"}
    assert set(weak["excluded"]) == {"invalid", "equivalent"}
    assert weak["score"] == round(weak["killed"] / weak["total"], 4) < 0.7
    assert weak["survivors"] and set(weak["survivors"][0]) >= {"line", "description"}
    assert by_id[BROADCAST]["mutants"]["total"] > 0
    summary = report["mutants"]
    scores = sorted(e["mutants"]["score"] for e in by_id.values())
    assert summary["minimum"] == scores[0] and summary["median"] == sum(scores) / 2
    assert summary["below_minimum"] == ["python.functions.weak_totals"]
    assert "trivial compiler equivalence" in summary["rule"] and not summary["ok"]


def test_table_shows_scores_survivors_and_the_rule(cli: Cli, content: Path) -> None:
    (content / "stack").rename(content.parent / "unused")
    write_exercise(content, "strong_totals", STRONG)
    write_exercise(content, "weak_totals", WEAK)
    out = ok(cli("validate", "--mutants", "--show-survivors", "--max-mutants", "6"), 1)
    flat = " ".join(out.split())
    assert "python.functions.strong_totals ok 6/6 1.00" in flat
    assert "python.functions.weak_totals ok 2/6 0.33" in flat
    assert flat.count("survives: line ") == 4  # each survivor named, where and what
    assert "At most 6 mutants per exercise" in flat  # the rule is stated
    assert "python.functions.weak_totals is below 0.70" in flat


def test_the_cli_default_cap_is_the_library_default() -> None:
    default = inspect.signature(validate).parameters["max_mutants"].default
    assert default == DEFAULT_CAP


def test_checks_that_raise_on_a_mutant_are_said_without_being_asked() -> None:
    from mldojo.cli.validating import _mutant_cells
    from mldojo.grading.mutation import CheckerError, MutationScore
    from mldojo.grading.validate import Report

    raised = CheckerError(3, "line 3: `+` → `-`", "KeyError: 'boom'")
    found = MutationScore(BROADCAST, "solution.py", total=3, killed=3, checker_errors=(raised,))
    report = Report(BROADCAST, Path("."), mutants=found)
    _, notes = _mutant_cells(report, show_survivors=False)
    assert notes == [
        "the checks raised on 1 mutant: a learner's wrong code would get no verdict "
        "(--show-survivors lists them)"
    ]
    _, listed = _mutant_cells(report, show_survivors=True)
    assert listed == ["checks raised on line 3: `+` → `-`: KeyError: 'boom'"]
