"""Every command, through the real `mldojo` executable in a subprocess."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from mldojo.store.schema import SCHEMA_HEAD
from tests.conftest import BROADCAST, ROOT, Cli, copy_exercises

SOLUTION = "def add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n"
WRONG = "def add_row_offsets(X, offsets):\n    return X + offsets\n"


def workspace_file(home: Path) -> Path:
    return home / "workspace" / "stack" / "numpy" / "broadcast_add.py"


def ok(result: subprocess.CompletedProcess[str], code: int = 0) -> str:
    assert result.returncode == code, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def test_help_lists_every_command_without_loading_heavy_modules() -> None:
    probe = (
        "import sys\n"
        "sys.argv = ['mldojo', '--help']\n"
        "from mldojo.cli.main import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('sqlalchemy', 'numpy', 'pandas', 'alembic', 'pydantic')\n"
        "         if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    for command in (
        "list",
        "show",
        "start",
        "check",
        "watch",
        "hint",
        "solution",
        "progress",
        "validate",
    ):
        assert f"  {command} " in out
    assert "HEAVY []" in out


def test_home_shows_the_areas_and_what_to_do_next(cli: Cli) -> None:
    out = ok(cli())
    for area in (
        "Python",
        "Math for ML",
        "Soft skills",
        "The ML stack",
        "ML and deep learning",
        "Model evaluation",
        "Software engineering",
    ):
        assert area in out
    assert f"mldojo start {BROADCAST}" in out


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_home_fits_a_narrow_terminal_without_cutting_a_figure(cli: Cli, columns: int) -> None:
    cli.env["COLUMNS"] = str(columns)
    out = ok(cli())
    table = out.split("no streak yet")[0]
    assert "…" not in table
    assert all(len(line) <= columns for line in table.splitlines())
    assert len(re.findall(r" 0/\d+ ", table)) == 7  # every area's passed count, whole
    assert re.search(r"\b\d+–\d+\b", table)  # the mastery ranges, whole


def test_list_groups_by_area_with_status(cli: Cli, home: Path) -> None:
    assert "new" in ok(cli("list"))
    ok(cli("start", BROADCAST))
    workspace_file(home).write_text(WRONG)
    ok(cli("check", BROADCAST), 1)
    assert "tried" in ok(cli("list"))
    workspace_file(home).write_text(SOLUTION)
    ok(cli("check", BROADCAST))
    assert "passed" in ok(cli("list", "--area", "stack"))
    assert BROADCAST in ok(cli("list", "--area", "Stack", "--kind", "Function"))  # as titled


def test_list_json_is_the_contract(real_cli: Cli) -> None:
    data = json.loads(ok(real_cli("list", "--json")))
    assert len(data["exercises"]) >= 14
    for exercise in data["exercises"]:
        assert {
            "id",
            "title",
            "area",
            "skills",
            "kind",
            "difficulty",
            "minutes",
            "requires",
        } <= set(exercise)
    python_only = json.loads(ok(real_cli("list", "--json", "--area", "python")))["exercises"]
    assert python_only and all(e["area"] == "python" for e in python_only)
    choices = json.loads(ok(real_cli("list", "--json", "--kind", "choice")))["exercises"]
    assert choices and all(e["kind"] == "choice" for e in choices)


def test_show_renders_the_statement_and_facts(cli: Cli) -> None:
    out = ok(cli("show", BROADCAST))
    assert "Add a per-row offset with broadcasting" in out
    assert "function" in out and "★☆☆☆☆" in out and "about 10 min" in out
    assert "limits 5 s, 512 MB" in out and "Broadcasting is how NumPy" in out


def test_show_keeps_the_math_as_written(real_cli: Cli) -> None:
    """TeX is shown as it is written, not read as Markdown (emphasis, escapes, lists)."""
    out = ok(real_cli("show", "math.optimization.max_stable_learning_rate"))
    assert out.count("\\eta^*") >= 3  # two stars were read as emphasis
    out = ok(real_cli("show", "ml.linear.logistic_loss_grad"))
    assert "+ \\frac{\\lambda}{2}" in out and "• \\frac" not in out  # was a bullet
    assert "\\sum_{i=1}^{n}" in out  # an underscore pair was read as italics
    out = ok(real_cli("show", "evaluation.metrics.precision_recall_f1"))
    assert "2\\,TP" in out  # a thin space lost its backslash


def test_start_writes_the_starter_once_and_never_overwrites(cli: Cli, home: Path) -> None:
    out = ok(cli("start", BROADCAST))
    path = workspace_file(home)
    assert str(path) in out and "NotImplementedError" in path.read_text()
    path.write_text("# my edits\n")
    out = ok(cli("start", BROADCAST))
    assert "kept" in out and path.read_text() == "# my edits\n"


def test_start_fresh_writes_the_starter_and_keeps_the_file_beside_it(cli: Cli, home: Path) -> None:
    path = workspace_file(home)
    out = ok(cli("start", BROADCAST, "--fresh"))  # no file yet: the starter, as a start
    starter = path.read_text()
    assert "Wrote the starter" in out and "NotImplementedError" in starter
    assert "holds the starter already" in ok(cli("start", BROADCAST, "--fresh"))
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # nothing to keep
    for number in (1, 2):
        path.write_text(f"# my edits {number}\n")
        out = ok(cli("start", BROADCAST, "--fresh"))
        kept = path.with_name(f"broadcast_add.old-{number}.py")
        assert str(kept) in out and kept.read_text() == f"# my edits {number}\n"
        assert path.read_text() == starter
    ok(cli("check", BROADCAST), 1)  # the workspace file is the one checked: the starter fails


def test_start_fresh_keeps_a_draft_saved_in_the_browser(
    cli: Cli, home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from mldojo.learning.dojo import Dojo, save_draft
    from mldojo.learning.drafts import load_draft
    from mldojo.settings import Settings

    ok(cli("start", BROADCAST))
    for name, value in cli.env.items():  # the CLI's own data directory and catalog
        if name.startswith("MLDOJO_"):
            monkeypatch.setenv(name, value)
    dojo = Dojo(replace(Settings.from_env(), grader="inline"))
    save_draft(dojo, BROADCAST, "# typed in the browser, never checked\n")
    out = ok(cli("start", BROADCAST, "--fresh"))
    kept = workspace_file(home).with_name("broadcast_add.old-1.py")
    assert str(kept) in out and kept.read_text() == "# typed in the browser, never checked\n"
    starter = workspace_file(home).read_text()
    assert load_draft(dojo.store, learner=dojo.learner, exercise_id=BROADCAST) == starter


def test_workspace_can_be_moved(cli: Cli, tmp_path: Path) -> None:
    cli.env["MLDOJO_WORKSPACE"] = str(tmp_path / "elsewhere")
    ok(cli("start", BROADCAST))
    assert (tmp_path / "elsewhere" / "stack" / "numpy" / "broadcast_add.py").exists()


def test_check_grades_the_workspace_file_and_exits_by_verdict(cli: Cli, home: Path) -> None:
    ok(cli("start", BROADCAST))
    out = ok(cli("check", BROADCAST), 1)
    assert "Not yet" in out and "NotImplementedError" in out
    workspace_file(home).write_text(SOLUTION)
    assert "Passed" in ok(cli("check", BROADCAST))


def test_check_json_is_exactly_one_object_with_the_contract(cli: Cli, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.py"
    wrong.write_text(WRONG)
    result = cli("check", BROADCAST, "--file", str(wrong), "--json")
    verdict = json.loads(ok(result, 1))
    assert {"exercise", "version", "passed", "cases", "duration_ms"} <= set(verdict)
    assert verdict["exercise"] == BROADCAST and verdict["passed"] is False
    assert all({"name", "passed", "message"} <= set(c) for c in verdict["cases"])
    assert any("added along the columns" in c["message"] for c in verdict["cases"])
    right = tmp_path / "right.py"
    right.write_text(SOLUTION)
    assert json.loads(ok(cli("check", BROADCAST, "--file", str(right), "--json")))["passed"]


def test_a_broken_submission_is_a_failed_verdict_not_a_crash(cli: Cli, tmp_path: Path) -> None:
    broken = tmp_path / "broken.py"
    broken.write_text("def add_row_offsets(:\n")
    verdict = json.loads(ok(cli("check", BROADCAST, "--file", str(broken), "--json"), 1))
    assert verdict["passed"] is False and "SyntaxError" in verdict["cases"][0]["message"]
    assert "(line 1 of broken.py)" in verdict["cases"][0]["message"]  # the file checked


def test_hints_come_one_at_a_time_and_are_recorded(cli: Cli) -> None:
    assert "Hint 1 of 3" in ok(cli("hint", BROADCAST))
    assert "Hint 2 of 3" in ok(cli("hint", BROADCAST))
    assert "Hint 3 of 3" in ok(cli("hint", BROADCAST))
    assert "That was the last hint" in ok(cli("hint", BROADCAST))
    progress = json.loads(ok(cli("progress", "--json")))
    [mine] = [e for e in progress["exercises"] if e["id"] == BROADCAST]
    assert mine["hints_seen"] == 3


def test_solution_needs_confirmation_and_marks_later_attempts(cli: Cli, tmp_path: Path) -> None:
    refused = cli("solution", BROADCAST)
    assert refused.returncode == 2 and "pass --yes" in refused.stderr
    out = ok(cli("solution", BROADCAST, "--yes"))
    assert "offsets[:, None]" in out and "Why it is written this way" in out
    right = tmp_path / "right.py"
    right.write_text(SOLUTION)
    verdict = json.loads(ok(cli("check", BROADCAST, "--file", str(right), "--json")))
    assert verdict["after_solution"] is True
    assert "after seeing the solution" in ok(cli("check", BROADCAST, "--file", str(right)))


def test_progress_counts_attempts_and_passes(cli: Cli, tmp_path: Path) -> None:
    assert "No attempts yet" in ok(cli("progress"))
    wrong, right = tmp_path / "w.py", tmp_path / "r.py"
    wrong.write_text(WRONG)
    right.write_text(SOLUTION)
    ok(cli("check", BROADCAST, "--file", str(wrong)), 1)
    ok(cli("check", BROADCAST, "--file", str(right)))
    data = json.loads(ok(cli("progress", "--json")))
    [stack] = [a for a in data["areas"] if a["id"] == "stack"]
    assert (stack["exercises"], stack["tried"], stack["passed"], stack["attempts"]) == (1, 1, 1, 2)
    [mine] = [e for e in data["exercises"] if e["id"] == BROADCAST]
    assert (mine["status"], mine["attempts"], mine["passes"]) == ("passed", 2, 1)
    assert "By exercise" in ok(cli("progress"))


def test_validate_passes_the_whole_bundled_catalog(real_cli: Cli) -> None:
    # The whole catalog: a few minutes on two cores, most of it the reference runs.
    report = json.loads(ok(real_cli("validate", "--json", timeout=1200), 0))
    assert report["ok"] and len(report["exercises"]) >= 14
    assert all(e["ok"] for e in report["exercises"]), report


def test_validate_prints_a_table_with_reasons(cli: Cli, content: Path) -> None:
    starter = content / "stack" / "numpy" / "broadcast_add" / "starter.py"
    starter.write_text(SOLUTION)
    out = ok(cli("validate"), 1)
    assert BROADCAST in out and "wrong" in out and "the starter passes the checks" in out


def test_validate_of_a_folder_without_exercises_fails(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "no-exercises"
    empty.mkdir()
    result = cli("validate", str(empty))
    assert result.returncode == 2 and "No exercise found under" in result.stderr
    by_id = cli("validate", BROADCAST)  # an id where a folder goes
    assert by_id.returncode == 2 and "validate takes exercise folders" in by_id.stderr
    assert f"The exercise '{BROADCAST}' is in '" in by_id.stderr
    assert "content pack" not in by_id.stderr


def test_packs_from_the_option_and_the_environment(cli: Cli, tmp_path: Path) -> None:
    pack = copy_exercises(tmp_path / "pack", "python.collections.word_counts")
    (pack / "skills.toml").unlink()
    out = ok(cli("--pack", str(pack), "list"))
    assert "python.collections.word_counts" in out and BROADCAST in out
    cli.env["MLDOJO_PACKS"] = str(pack)
    assert "python.collections.word_counts" in ok(cli("list"))
    assert json.loads(ok(cli("validate", str(pack), "--json")))["ok"]
    starter = pack / "python" / "collections" / "word_counts" / "starter.py"
    ok(cli("check", "python.collections.word_counts", "--file", str(starter)), 1)
    cli.env.pop("MLDOJO_PACKS")
    # Without the pack, its attempts are still counted, and said to be elsewhere.
    assert json.loads(ok(cli("progress", "--json")))["not_in_catalog"] == {
        "exercises": 1,
        "attempts": 1,
    }
    assert "1 attempt at 1 exercise this catalog does not hold" in ok(cli("progress"))
    # One exercise of a pack not added yet: its pack is found.
    for part in ("python/collections/word_counts", "python"):
        found = json.loads(ok(cli("validate", str(pack / part), "--json")))
        assert found["ok"] and [r["exercise"] for r in found["exercises"]] == [
            "python.collections.word_counts"
        ]


def test_a_duplicate_id_across_packs_names_both_folders(
    cli: Cli, content: Path, tmp_path: Path
) -> None:
    pack = copy_exercises(tmp_path / "pack", BROADCAST)
    (pack / "skills.toml").unlink()
    result = cli("--pack", str(pack), "list")
    assert result.returncode == 0  # the pack's copy is left out, with a notice
    assert str(content / "stack" / "numpy" / "broadcast_add") in result.stderr
    assert str(pack / "stack" / "numpy" / "broadcast_add") in result.stderr
    assert "is left out until that is fixed" in result.stderr
    checked = json.loads(ok(cli("validate", str(pack), "--json"), 1))
    [twice] = checked["exercises"]
    assert not twice["ok"] and "is defined twice" in twice["problems"][0]


def test_validate_lists_each_problem_of_a_folder_that_does_not_load(
    cli: Cli, tmp_path: Path
) -> None:
    pack = copy_exercises(tmp_path / "pack", "python.collections.word_counts")
    (pack / "skills.toml").unlink()
    toml = pack / "python" / "collections" / "word_counts" / "exercise.toml"
    text = toml.read_text()
    text = re.sub(r"(?m)^difficulty = .*$", 'difficulty = "hard"', text)
    toml.write_text(re.sub(r"(?m)^minutes = ", "minuts = ", text))
    checked = json.loads(ok(cli("validate", str(pack), "--json"), 1))
    [broken] = checked["exercises"]
    assert [p.split(": ", 1)[1][:18] for p in broken["problems"]] == [
        "field 'difficulty'",
        "field 'minutes' is",
        "field 'minuts' is ",
    ]


@pytest.mark.parametrize("args", [("db", "upgrade"), ("--version",)])
def test_small_commands(cli: Cli, args: tuple[str, ...]) -> None:
    assert ok(cli(*args)).strip()


def _solution_in_a_terminal(cli: Cli, typed: bytes) -> tuple[int, str, str]:
    import os
    import pty

    master, slave = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "mldojo", "solution", BROADCAST],
        env=cli.env,
        cwd=cli.cwd,
        stdin=slave,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(slave)
    os.write(master, typed)
    out, err = child.communicate(timeout=60)
    os.close(master)
    return child.returncode, out, err


def test_solution_asks_in_a_terminal(cli: Cli) -> None:
    code, out, err = _solution_in_a_terminal(cli, b"\x04")  # Ctrl-D: no answer is a no
    assert code == 0, err
    assert "Not shown" in out and f"hint {BROADCAST}" in out and "offsets[:, None]" not in out
    code, out, err = _solution_in_a_terminal(cli, b"y\n")
    assert code == 0, err
    assert "Show it?" in out and "offsets[:, None]" in out


def test_db_downgrade_needs_yes_and_upgrade_restores(cli: Cli, home: Path) -> None:
    ok(cli("db", "upgrade"))
    refused = cli("db", "downgrade", "base")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    for name in ("zzz", "", "@", "head"):  # Alembic asserts on some; 'head' would do nothing
        unknown = cli("db", "downgrade", "--yes", "--", name)
        assert unknown.returncode == 2, unknown.stderr
        assert f"Cannot downgrade to '{name}'" in unknown.stderr and "0001" in unknown.stderr
    assert "downgraded to base" in ok(cli("db", "downgrade", "base", "--yes"))
    assert f"schema {SCHEMA_HEAD}" in ok(cli("db", "upgrade"))


def test_doctor_reports_each_protection(cli: Cli) -> None:
    from mldojo.grading.sandbox import bwrap_path

    report = json.loads(ok(cli("doctor", "--json")))
    names = [p["name"] for p in report["protections"]]
    assert {
        "namespaces",
        "no network",
        "seccomp",
        "process limit",
        "memory limit",
        "rlimits",
    } <= set(names)
    by_name = {p["name"]: p for p in report["protections"]}
    assert by_name["namespaces"]["on"] is (bwrap_path() is not None)
    assert all(p["detail"] for p in report["protections"])
    assert "namespaces" in ok(cli("doctor"))


def test_a_written_exercise_is_a_markdown_file(real_cli: Cli, home: Path) -> None:
    exercise = "evaluation.comparison.fraud_model_report"
    out = ok(real_cli("start", exercise))
    path = home / "workspace" / "evaluation" / "comparison" / "fraud_model_report.md"
    assert str(path) in out and path.read_text().startswith("# Fraud model B versus A")
    verdict = json.loads(ok(real_cli("check", exercise, "--json"), 1))
    [case] = verdict["cases"]  # the starter as given is said to be one
    assert not case["passed"] and "the starter as it was given" in case["message"]
    path.write_text(path.read_text().replace("TODO", "B catches more fraud", 1))
    verdict = json.loads(ok(real_cli("check", exercise, "--json"), 1))
    assert any(c["name"].startswith("covers:") and not c["passed"] for c in verdict["cases"])


def test_a_check_reads_only_its_own_exercise(cli: Cli, content: Path) -> None:
    """A half-written exercise elsewhere in the content does not stop a check; the
    catalog-wide commands still name it."""
    broken = content / "python" / "drafts" / "half_written"
    broken.mkdir(parents=True)
    (broken / "exercise.toml").write_text('title = "Half"\n')
    solution = content / "stack" / "numpy" / "broadcast_add" / "solution.py"
    done = cli("check", BROADCAST, "--file", str(solution))
    assert done.returncode == 0, done.stdout + done.stderr
    listed = cli("list")
    assert listed.returncode == 2 and "half_written" in listed.stderr


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_ids_and_statuses_stay_whole_in_a_narrow_terminal(
    real_cli: Cli, tmp_path: Path, columns: int
) -> None:
    """An id is what commands take: cut, it is useless. list, progress and the home
    screen's next steps keep each whole, with its status in sight."""
    listed = json.loads(ok(real_cli("list", "--json")))["exercises"]
    every = {e["id"] for e in listed}
    engineering = [e["id"] for e in listed if e["area"] == "engineering"]
    longest = max(engineering, key=len)
    starter = next(ROOT.glob(f"content/{longest.replace('.', '/')}/starter.py"))
    ok(real_cli("check", longest, "--file", str(starter)), 1)
    real_cli.env["COLUMNS"] = str(columns)
    out = ok(real_cli("list", "--area", "engineering"))
    assert all(exercise in out for exercise in engineering)
    assert out.count("new") + out.count("tried") == len(engineering)
    assert longest in ok(real_cli("progress")) and "…" not in ok(real_cli("progress"))
    suggested = re.findall(r"mldojo start (\S+)", ok(real_cli()))
    assert suggested and set(suggested) <= every


def test_the_solution_is_shown_whole_and_a_report_as_markdown(real_cli: Cli) -> None:
    real_cli.env["COLUMNS"] = "60"
    code = (ROOT / "content/python/functions/retry_decorator/solution.py").read_text()
    longest = max(code.splitlines(), key=len)
    assert len(longest) > 60
    shown = ok(real_cli("solution", "python.functions.retry_decorator", "--yes"))
    assert re.sub(r"\s", "", longest) in re.sub(r"[\s│]", "", shown)  # wrapped, not cut
    report = ok(real_cli("solution", "soft.communication.overclaiming_summary", "--yes"))
    assert "Result" in report and "## " not in report  # its headings rendered
