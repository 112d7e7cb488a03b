"""The CLI where its paths and its output go wrong: an empty path, a pack named twice,
a report path that would lose a file, an output that cannot be written, a journal
entry that holds terminal control codes."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

import pytest
from rich.console import Console

from mldojo.cli import coaching
from mldojo.learning.agenda import ReviewItem, ReviewStart
from mldojo.learning.evidence import ExerciseFacts
from mldojo.learning.review import DueSkill
from mldojo.learning.workspace import Started
from tests.conftest import BROADCAST, ROOT, Cli

PACK = ROOT / "bench" / "pack"
PACK_EXERCISE = "stack.numpy.standardize_columns"
RIGHT = "def add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n"


@pytest.mark.parametrize(
    "args",
    [
        ("--pack", "", "list"),
        ("check", BROADCAST, "--file", ""),
        ("report", "--html", " "),
        ("validate", ""),
    ],
)
def test_an_empty_path_is_refused_not_taken_for_this_folder(
    cli: Cli, args: tuple[str, ...]
) -> None:
    result = cli(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "the path is empty" in result.stderr and "Traceback" not in result.stderr
    assert "is a folder" not in result.stderr  # not '.' (the folder it ran in)
    as_json = cli(*args, "--json") if args[0] != "validate" else cli("validate", "--json", "")
    assert json.loads(as_json.stdout)["error"]["type"] == "UsageError"


def test_a_pack_named_twice_is_loaded_once(cli: Cli, content: Path) -> None:
    cli.env["MLDOJO_PACKS"] = str(PACK)
    packs = ("--pack", str(PACK), "--pack", f"{PACK}/", "--pack", str(content))
    result = cli(*packs, "list", "--json")
    assert result.returncode == 0, result.stderr
    ids = [e["id"] for e in json.loads(result.stdout)["exercises"]]
    assert ids.count(PACK_EXERCISE) == 1 and ids.count(BROADCAST) == 1
    shown = cli("--pack", str(PACK), "--pack", f"{PACK}/.", "show", PACK_EXERCISE)
    assert f"mldojo --pack {PACK} start {PACK_EXERCISE}" in " ".join(shown.stdout.split())
    assert shown.stdout.count("--pack") == shown.stdout.count(f"--pack {PACK}")
    assert f"--pack {PACK} --pack" not in shown.stdout  # named once in what it suggests


def test_a_report_never_replaces_a_file_that_is_not_a_report(cli: Cli, tmp_path: Path) -> None:
    same = tmp_path / "report"
    both = cli("report", "--html", str(same), "--pdf", str(same))
    assert both.returncode == 2 and "both name" in both.stderr
    assert not same.exists()
    mine = tmp_path / "solution.py"
    mine.write_text("print('my work')\n")
    refused = cli("report", "--html", str(mine))
    assert refused.returncode == 2, refused.stdout + refused.stderr
    assert "is not an mldojo HTML report" in refused.stderr and str(mine) in refused.stderr
    assert mine.read_text() == "print('my work')\n"
    page = tmp_path / "report.html"
    for _ in range(2):  # an earlier report is replaced
        written = cli("report", "--html", str(page))
        assert written.returncode == 0, written.stderr
    assert "mldojo readiness report" in page.read_text()


def _to_a_full_disk(cli: Cli, *args: str) -> subprocess.CompletedProcess[str]:
    """mldojo run with its output on /dev/full, where every write fails as on a full disk."""
    with open("/dev/full", "w") as full:
        return cli.with_stdout(full, *args)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
@pytest.mark.parametrize("args", [("list",), ("list", "--json"), ("progress", "--json")])
def test_an_output_that_cannot_be_written_is_one_sentence(cli: Cli, args: tuple[str, ...]) -> None:
    result = _to_a_full_disk(cli, *args)
    assert result.returncode == 2, result.stderr
    assert "could not write its output (No space left on device)" in result.stderr
    assert "Traceback" not in result.stderr and "unexpectedly" not in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_a_check_whose_output_fails_is_still_recorded(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "right.py"
    path.write_text(RIGHT)
    result = _to_a_full_disk(cli, "check", BROADCAST, "--file", str(path), "--json")
    assert result.returncode == 2 and "what the command recorded is kept" in result.stderr
    progress = json.loads(cli("progress", "--json").stdout)
    assert [e["attempts"] for e in progress["exercises"] if e["id"] == BROADCAST] == [1]


def test_a_closed_output_is_no_crash(cli: Cli) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mldojo", "list"],
        env=cli.env,
        cwd=cli.cwd,
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=lambda: os.close(1),  # only its own output
    )
    assert result.returncode == 0, result.stderr
    assert "unexpectedly" not in result.stderr and "Traceback" not in result.stderr


def test_validate_s_error_is_its_first_line_in_a_log(cli: Cli, tmp_path: Path) -> None:
    result = cli("validate", str(tmp_path / "nowhere"))
    assert result.returncode == 2
    assert result.stderr.startswith("There is nothing at "), repr(result.stderr[:80])


def test_the_journal_shows_control_characters_instead_of_obeying_them(cli: Cli) -> None:
    assert cli("journal", "add", "red \x1b[31malert\x07 and a\rreturn").returncode == 0
    out = cli("journal", "list").stdout
    assert "\x1b" not in out and "\x07" not in out and "\r" not in out
    assert "red \\x1b[31malert\\x07 and a\\x0dreturn" in out
    stored = json.loads(cli("journal", "list", "--json").stdout)["entries"][0]["text"]
    assert stored == "red \x1b[31malert\x07 and a\rreturn"  # kept as written


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_is_not_utf8_gets_question_marks_not_a_crash(
    cli: Cli, encoding: str
) -> None:
    cli.env["PYTHONIOENCODING"] = encoding
    result = cli("list")
    assert result.returncode == 0, result.stderr
    assert BROADCAST in result.stdout and "?" in result.stdout  # the stars of its level
    assert "UnicodeEncodeError" not in result.stderr and "unexpectedly" not in result.stderr


def test_a_quoted_tilde_in_a_path_is_the_home_folder(cli: Cli, tmp_path: Path) -> None:
    cli.env["HOME"] = str(tmp_path / "me")
    result = cli("check", BROADCAST, "--file", "~/absent.py")
    assert result.returncode == 2
    assert f"'{tmp_path / 'me' / 'absent.py'}' does not exist" in result.stderr


def test_the_commands_shown_carry_the_packs_given_with_pack(cli: Cli) -> None:
    started = cli("--pack", str(PACK), "start", PACK_EXERCISE)
    assert started.returncode == 0, started.stderr
    said = " ".join(started.stdout.split())
    mldojo = shlex.join(["mldojo", "--pack", str(PACK)])
    assert f"{mldojo} check {PACK_EXERCISE}" in said
    again = cli("--pack", str(PACK), "check", PACK_EXERCISE)  # as it says, and it works
    assert again.returncode == 1, again.stderr  # the starter fails its checks
    assert f"{mldojo} hint {PACK_EXERCISE}" in " ".join(again.stdout.split())
    plain = cli("start", BROADCAST)
    assert f"mldojo check {BROADCAST}" in " ".join(plain.stdout.split())


def test_a_journal_entry_in_plain_words_is_one_entry(cli: Cli) -> None:
    added = cli("journal", "add", "Broadcasting", "aligns", "trailing", "axes")
    assert added.returncode == 0, added.stderr
    entries = json.loads(cli("journal", "list", "--json").stdout)["entries"]
    assert [e["text"] for e in entries] == ["Broadcasting aligns trailing axes"]
    assert cli("journal", "add").returncode == 2  # still needs something to note


def test_the_review_table_never_cuts_an_exercise_id(monkeypatch: pytest.MonkeyPatch) -> None:
    """At 80 columns, long skill titles wrap; the ids to review with stay whole, so they
    can be read and copied."""
    ids = [
        "ml.probabilistic.naive_bayes_text",
        "python.collections.early_stopping_monitor",
        "engineering.algorithms.word_ladder_search",
    ]
    items = [
        ReviewItem(
            skill_id=f"skill.{n}",
            skill_title="A skill whose title is long enough to need more than one line " * 2,
            due=DueSkill(f"skill.{n}", datetime(2026, 12, 1, tzinfo=UTC), 3),
            exercise=ExerciseFacts(id=i, title="t", area=i.split(".")[0], skills=(), difficulty=2),
            fresh=False,
            predicted=0.5,
        )
        for n, i in enumerate(ids)
    ]
    begun = ReviewStart(items[0], Started(Path("/tmp/review/x.py"), True), "mldojo check x")
    out = StringIO()
    monkeypatch.setattr(coaching, "console", Console(file=out, width=80, highlight=False))
    coaching.review(items, begun)
    shown = out.getvalue()
    assert "…" not in shown
    assert all(f"{i} (passed before)" in shown or i in shown for i in ids), shown
