"""The exercise page's facts: which code to edit, choice answers, size limits, browsing,
and the activity mark that tells a long-lived interface when they changed."""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mldojo.errors import SubmissionTooLarge, UsageError
from mldojo.learning.browse import Filters
from mldojo.learning.dojo import (
    Dojo,
    activity,
    browse,
    check,
    hint,
    journal_add,
    save_draft,
    solution,
    start,
    workbench,
    workbench_version,
)
from mldojo.learning.workbench import CodeFrom, choice_answer, chosen_options
from mldojo.settings import MAX_SUBMISSION_BYTES, Settings
from tests.conftest import BROADCAST, copy_exercises

CHOICE = "evaluation.metrics.screening_metric_choice"
WRONG = "def add_row_offsets(X, offsets):\n    return X + offsets\n"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_exercises(tmp_path / "content", BROADCAST, CHOICE)


@pytest.fixture
def dojo(settings: Settings) -> Dojo:
    return Dojo(replace(settings, grader="inline"))  # nothing left running


def test_the_code_to_edit_is_the_starter_then_the_newest_of_draft_and_file(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(BROADCAST)
    bench = workbench(dojo, BROADCAST)
    assert bench.code == exercise.starter() and bench.code_from is CodeFrom.STARTER
    save_draft(dojo, BROADCAST, "# typed in the browser\n")
    bench = workbench(dojo, BROADCAST)
    assert bench.code == "# typed in the browser\n" and bench.code_from is CodeFrom.DRAFT
    path = start(dojo, BROADCAST).path  # the draft is written to the workspace file
    path.write_text("# edited in a terminal editor\n")
    later = time.time() + 5
    os.utime(path, (later, later))
    bench = workbench(dojo, BROADCAST)
    assert bench.code_from is CodeFrom.WORKSPACE and "terminal editor" in bench.code


def test_code_checked_from_another_file_is_the_code_to_edit(dojo: Dojo, tmp_path: Path) -> None:
    """No draft and no workspace file, but checks (`mldojo check --file`): the page shows
    the code last checked, as `mldojo start` would write it back, not the starter."""
    elsewhere = tmp_path / "mine.py"
    elsewhere.write_text(WRONG)
    check(dojo, BROADCAST, file=elsewhere)
    bench = workbench(dojo, BROADCAST)
    assert bench.code == WRONG and bench.code_from is CodeFrom.LAST_CHECK


def test_the_workbench_holds_hints_seen_attempts_and_the_solution_once_asked(
    dojo: Dojo,
) -> None:
    bench = workbench(dojo, BROADCAST)
    assert bench.hints == () and bench.hints_left == bench.hints_total >= 2
    assert bench.solution is None and bench.attempts == () and bench.status.value == "new"
    hint(dojo, BROADCAST)
    check(dojo, BROADCAST, source=WRONG)
    bench = workbench(dojo, BROADCAST)
    assert len(bench.hints) == 1 and bench.status.value == "tried"
    [attempt] = bench.attempts
    assert attempt.number == 1 and attempt.source == WRONG and attempt.after_hint
    assert attempt.cases_passed < len(attempt.cases)
    solution(dojo, BROADCAST)
    shown = workbench(dojo, BROADCAST).solution
    assert shown is not None and "offsets[:, None]" in shown.code


def test_a_choice_answer_is_built_from_known_options_only(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(CHOICE)
    assert choice_answer(exercise, ["b"]) == 'ANSWER = "B"\n'
    assert chosen_options(exercise, choice_answer(exercise, ["B"])) == {"B"}
    with pytest.raises(UsageError, match="no option 'Q'"):
        choice_answer(exercise, ["Q"])
    with pytest.raises(UsageError, match="exactly one"):
        choice_answer(exercise, ["A", "B"])
    with pytest.raises(UsageError, match="not a choice one"):
        choice_answer(dojo.catalog.get(BROADCAST), ["A"])


def test_a_choice_checked_with_no_option_chosen_is_refused_and_not_recorded(dojo: Dojo) -> None:
    exercise = dojo.catalog.get(CHOICE)
    for unanswered in (choice_answer(exercise, []), exercise.starter()):
        with pytest.raises(UsageError, match="No option .* is chosen yet") as sent:
            check(dojo, CHOICE, source=unanswered)
        assert "choose an option" in str(sent.value) and "file" not in str(sent.value)
    start(dojo, CHOICE)
    with pytest.raises(UsageError, match='chosen yet.*letter in your file .*= "B"') as read:
        check(dojo, CHOICE)
    assert "web" not in str(read.value)
    assert workbench(dojo, CHOICE).attempts == ()
    # A file the answer cannot be read from is checked: its verdict says what is wrong.
    assert not check(dojo, CHOICE, source="ANSWER = (\n").verdict.passed
    assert len(workbench(dojo, CHOICE).attempts) == 1


def test_code_over_the_submission_limit_is_refused_and_nothing_is_saved(dojo: Dojo) -> None:
    save_draft(dojo, BROADCAST, "# kept\n")
    with pytest.raises(SubmissionTooLarge, match="1,000,001 bytes"):
        save_draft(dojo, BROADCAST, "#" * (MAX_SUBMISSION_BYTES + 1))
    with pytest.raises(SubmissionTooLarge):
        check(dojo, BROADCAST, source="#" * (MAX_SUBMISSION_BYTES + 1))
    assert workbench(dojo, BROADCAST).code == "# kept\n"


def test_browsing_narrows_by_kind_skill_status_and_words(dojo: Dojo) -> None:
    def shown(filters: Filters) -> list[str]:
        return [e.id for e, _ in browse(dojo, filters).shown]

    assert set(shown(Filters())) == {BROADCAST, CHOICE}
    assert shown(Filters(query="BROADCASTING offset")) == [BROADCAST]
    assert shown(Filters(query="bróadcasting OFFSÉT")) == [BROADCAST]  # accents aside
    assert shown(Filters(skill="stack.numpy.broadcasting")) == [BROADCAST]
    assert shown(Filters(kind="choice")) == [CHOICE]
    check(dojo, BROADCAST, source=WRONG)
    narrowed = browse(dojo, Filters(status="tried"))
    assert [e.id for e, _ in narrowed.shown] == [BROADCAST]
    assert {e.id for e, _ in narrowed.rows} == {BROADCAST, CHOICE}  # the page hides the rest
    assert browse(dojo, Filters(area="python")).rows == []
    with pytest.raises(UsageError, match="no status 'done'"):
        browse(dojo, Filters(status="done"))
    with pytest.raises(UsageError, match="no kind 'essay'"):
        browse(dojo, Filters(kind="essay"))
    with pytest.raises(UsageError, match="no skill 'stack.knitting'"):
        browse(dojo, Filters(skill="stack.knitting"))


def test_the_activity_mark_moves_with_the_record_and_the_draft(dojo: Dojo) -> None:
    before, bench_before = activity(dojo), workbench_version(dojo, BROADCAST)
    assert activity(dojo) == before and workbench_version(dojo, BROADCAST) == bench_before
    save_draft(dojo, BROADCAST, "# a draft\n")
    assert activity(dojo) == before  # a draft changes no derived view but the workbench
    assert workbench_version(dojo, BROADCAST) != bench_before
    marks = [activity(dojo)]
    for step in (
        lambda: hint(dojo, BROADCAST),
        lambda: check(dojo, BROADCAST, source=WRONG),
        lambda: solution(dojo, BROADCAST),
        lambda: journal_add(dojo, "Broadcasting aligns trailing axes"),
    ):
        step()
        marks.append(activity(dojo))
    assert len(set(marks)) == len(marks)


def test_a_workspace_file_is_read_as_a_check_reads_it(dojo: Dojo) -> None:
    path = start(dojo, BROADCAST).path
    later = time.time() + 5
    path.write_bytes(b"\xef\xbb\xbf# saved with a byte-order mark\n")
    os.utime(path, (later, later))
    bench = workbench(dojo, BROADCAST)
    assert bench.code == "# saved with a byte-order mark\n" and bench.file_problem is None
    save_draft(dojo, BROADCAST, "# the draft\n")
    path.write_bytes(b"# caf\xe9, saved as Latin-1\n")
    os.utime(path, (later + 5, later + 5))
    bench = workbench(dojo, BROADCAST)
    assert bench.code == "# the draft\n" and bench.code_from is CodeFrom.DRAFT
    assert bench.file_problem is not None and "is not UTF-8 text" in bench.file_problem


def test_code_with_a_byte_order_mark_is_checked_without_it(dojo: Dojo) -> None:
    right = "def add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n"
    assert check(dojo, BROADCAST, source="\ufeff" + right).verdict.passed


def test_a_check_keeps_its_code_as_the_draft_unless_a_newer_draft_was_saved(dojo: Dojo) -> None:
    begun = datetime.now(UTC)
    save_draft(dojo, BROADCAST, "# typed while the check ran\n")
    save_draft(dojo, BROADCAST, "# the code checked\n", unless_saved_since=begun)
    assert workbench(dojo, BROADCAST).code == "# typed while the check ran\n"
    save_draft(dojo, BROADCAST, "# the code checked\n", unless_saved_since=datetime.now(UTC))
    assert workbench(dojo, BROADCAST).code == "# the code checked\n"
