"""`mldojo next`, `review`, `journal` and `report`, and the home screen, through the real CLI."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mldojo.learning.dojo import ensure_learner
from mldojo.learning.report import BAR_SCORE
from mldojo.settings import LOCAL_LEARNER
from mldojo.store.models import Attempt
from mldojo.store.schema import open_store
from tests.cli.test_commands import SOLUTION, ok
from tests.conftest import BROADCAST, Cli

REPORT_KEYS = {"areas", "skills", "next"}


def passed_days_ago(home: Path, days: float) -> None:
    """A pass of the broadcasting exercise, stored as the check would have stored it."""
    store = open_store(f"sqlite:///{home / 'mldojo.db'}")
    ensure_learner(store, LOCAL_LEARNER)
    at = datetime.now(UTC) - timedelta(days=days)
    store.write(
        lambda s: s.add(
            Attempt(
                learner_id=LOCAL_LEARNER,
                exercise_id=BROADCAST,
                exercise_version="v",
                status="passed",
                passed=True,
                source=SOLUTION,
                started_at=at,
                finished_at=at,
            )
        )
    )
    store.dispose()


def test_next_json_lists_up_to_three_steps_with_reasons(real_cli: Cli) -> None:
    data = json.loads(ok(real_cli("next", "--json")))
    assert list(data) == ["next"] and len(data["next"]) == 3
    for step in data["next"]:
        assert {"id", "title", "area", "reason", "reasons", "predicted_success"} <= set(step)
        assert step["reason"].startswith("you have not yet shown")
        assert step["review"] is False and isinstance(step["predicted_success"], float)
    assert len({s["area"] for s in data["next"]}) == 3  # balanced across areas
    out = ok(real_cli("next"))
    assert re.search(r"^1\. \S.*\n   mldojo start \S+", out, re.M)  # the title, then the command
    assert "you have not yet shown" in out


def test_a_check_moves_the_review_card(cli: Cli, home: Path) -> None:
    passed_days_ago(home, 9)
    data = json.loads(ok(cli("review", "--json")))
    [due] = data["due"]
    assert due["skill"] == "stack.numpy.broadcasting" and due["overdue_days"] >= 1
    started = data["started"]
    # Passed before: a fresh starter in a dated review copy, the old answer untouched.
    path = Path(started["path"])
    today = datetime.now().astimezone().date().isoformat()
    assert started["created"] and f"/review/{today}/" in str(path) and path.exists()
    assert "NotImplementedError" in path.read_text()
    assert started["check"] == f"mldojo check {BROADCAST} --file {path}"
    out = ok(cli("review"))
    assert "due for review" in out and "mldojo check" in out and "records the review" in out
    cli.env["COLUMNS"] = "60"  # narrow: a skill per line, its title and id whole
    narrow = ok(cli("review"))
    assert "NumPy broadcasting" in narrow and f"review with {BROADCAST} (passed before)" in narrow
    cli.env["COLUMNS"] = "200"
    assert "review: NumPy broadcasting is due for" in ok(cli("next"))
    path.write_text(SOLUTION)
    ok(cli("check", BROADCAST, "--file", str(path)))
    after = json.loads(ok(cli("review", "--json")))
    assert after == {"due": [], "started": None}
    assert "No skill is due for review" in ok(cli("review"))


def test_review_with_nothing_due_writes_nothing(cli: Cli, home: Path) -> None:
    ok(cli("review"))  # nothing due: nothing written
    assert not (home / "workspace").exists()


def test_journal_add_and_list(cli: Cli) -> None:
    assert "journal is empty" in ok(cli("journal", "list"))
    assert "Noted" in ok(cli("journal", "add", "Broadcasting aligns trailing axes"))
    ok(cli("journal", "add", "Stratified folds keep rare classes in every fold"))
    out = ok(cli("journal", "list"))
    assert out.index("Stratified") < out.index("Broadcasting")  # newest first
    data = json.loads(ok(cli("journal", "list", "--json", "--limit", "1")))
    assert [e["text"] for e in data["entries"]] == [
        "Stratified folds keep rare classes in every fold"
    ]
    empty = cli("journal", "add", "   ")
    assert empty.returncode == 2 and "empty" in empty.stderr
    dash = cli("journal", "add", "indexing", "with", "-1")  # -1 read as an option
    assert dash.returncode == 2
    assert "goes after --, as in `" in dash.stderr
    assert "mldojo journal add -- indexing with -1`" in dash.stderr
    ok(cli("journal", "add", "--", "indexing", "with", "-1"))
    bullet = cli("journal", "add", "- a bulleted note")  # a note, not the option "- "
    assert bullet.returncode == 2
    assert "mldojo journal add -- '- a bulleted note'`" in bullet.stderr
    assert "indexing with -1" in ok(cli("journal", "list"))
    assert "streak 1 day" in ok(cli())


def test_report_json_is_the_contract_and_honest_when_empty(cli: Cli) -> None:
    data = json.loads(ok(cli("report", "--json")))
    assert set(data) >= REPORT_KEYS and data["empty"] is True
    assert all(a["score"] is None and a["evidence"] == [] for a in data["areas"])
    assert all({"id", "score", "low", "high", "evidence"} <= set(a) for a in data["areas"])
    assert all({"id", "mastery", "low", "high"} <= set(s) for s in data["skills"])
    shown = ok(cli("report"))
    assert "No evidence yet" in shown and f"bar {BAR_SCORE}" in shown


def test_report_writes_html_and_pdf(cli: Cli, home: Path, tmp_path: Path) -> None:
    passed_days_ago(home, 2)
    html, pdf = tmp_path / "r.html", tmp_path / "r.pdf"
    out = ok(cli("report", "--html", str(html), "--pdf", str(pdf)))
    assert f"Wrote {html}" in out and f"Wrote {pdf}" in out
    assert html.read_text().count("<svg") == 3
    assert pdf.read_bytes().startswith(b"%PDF-")
    data = json.loads(ok(cli("report", "--json")))
    [stack] = [a for a in data["areas"] if a["id"] == "stack"]
    assert stack["score"] is not None and stack["evidence"][0]["exercise"] == BROADCAST
    # The table's evidence is the HTML report's summary (which says how many attempts
    # were at other areas' exercises), then the passes.
    assert "1 attempt; 1 passed" in ok(cli("report"))
    missing = cli("report", "--pdf", str(tmp_path / "no" / "such" / "r.pdf"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr


def test_home_shows_mastery_streak_reviews_and_next_steps(cli: Cli, home: Path) -> None:
    out = ok(cli())
    assert "no evidence yet" in out and "no streak yet" in out and "no reviews due" in out
    passed_days_ago(home, 9)
    out = ok(cli())
    assert re.search(r"The ML stack\s+\d+\s+\d+–\d+", out)
    assert "1 review due" in out
    assert f"mldojo start {BROADCAST}" in out and "review:" in out


def test_a_broken_streak_says_how_long_the_longest_was() -> None:
    from mldojo.cli.coaching import streak_line
    from mldojo.learning.journal import Streak

    broken = streak_line(Streak(current=0, longest=4, today=False, active_days=6), 0)
    assert broken.startswith("no streak now (longest 4 days): a check or a journal entry")
    never = streak_line(Streak(current=0, longest=0, today=False, active_days=0), 0)
    assert never.startswith("no streak yet")
