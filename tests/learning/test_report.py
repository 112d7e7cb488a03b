"""Next steps and the readiness report, from attempts stored in a real database."""

from __future__ import annotations

import os
import re
import shlex
import stat
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from html import escape
from itertools import combinations, pairwise
from pathlib import Path

import pytest

from mldojo.catalog.catalog import Catalog, load_catalog
from mldojo.errors import UsageError
from mldojo.learning.agenda import agenda, start_review
from mldojo.learning.export import (
    PDF_PAGES,
    SHOWN_EVIDENCE,
    _pages,
    _sheets,
    pdf_bytes,
    write_html,
    write_pdf,
)
from mldojo.learning.layout import A4, MARGIN, Sheet
from mldojo.learning.report import (
    ALL_LISTED,
    BAR_SCORE,
    NEW_PER_DAY,
    NO_EVIDENCE,
    NONE_ABOVE,
    PLAN_DAYS,
    AreaScore,
    EvidenceLine,
    ReadinessReport,
    build_report,
)
from mldojo.learning.standing import load_standing
from mldojo.settings import bundled_content_root
from mldojo.store.engine import Store
from mldojo.store.models import Attempt, Learner, SolutionView
from mldojo.store.schema import open_store
from tests.conftest import BROADCAST, copy_exercises

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
COSINE = "math.linalg.cosine_scores"
CONFUSION = "stack.numpy.confusion_matrix_speed"  # indexing and vectorisation
EXERCISES = (
    BROADCAST,
    COSINE,
    CONFUSION,
    "python.collections.word_counts",
    "evaluation.metrics.precision_recall_f1",
    "python.types.merge_configs",
    "python.stdlib.latest_checkpoints",  # stdlib, like word_counts
)


@pytest.fixture(scope="module")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    root = copy_exercises(tmp_path_factory.mktemp("content"), *EXERCISES)
    return load_catalog(content_root=root)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(f"sqlite:///{tmp_path / 'report.db'}")
    opened.write(lambda s: s.add(Learner(id="amy", display_name="Amy")))
    return opened


def attempt(store: Store, exercise: str, passed: bool, days_ago: float, **more: object) -> None:
    at = NOW - timedelta(days=days_ago)
    fields: dict[str, object] = {
        "learner_id": "amy",
        "exercise_id": exercise,
        "exercise_version": "v",
        "status": "passed" if passed else "failed",
        "passed": passed,
        "source": f"# attempt at {at.isoformat()}\n",
        "started_at": at,
        "finished_at": at,
        **more,
    }
    store.write(lambda s: s.add(Attempt(**fields)))


def test_no_attempts_is_an_honest_empty_report(catalog: Catalog, store: Store) -> None:
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    data = report.to_json()
    assert report.empty and data["empty"] is True
    for area in report.areas:
        assert area.score is None and area.status == NO_EVIDENCE and area.evidence == ()
        assert area.high - area.low >= 40  # wide: almost nothing is known
    assert all(s.mastery is None for s in report.skills)
    assert report.strongest == () and report.weakest == () and report.history == ()
    assert report.next, "an empty report still says where to begin"
    assert all("not yet shown" in r.reason for r in report.next)


def test_the_json_contract_has_exactly_the_promised_keys(catalog: Catalog, store: Store) -> None:
    attempt(store, BROADCAST, True, 3)
    data = build_report(
        load_standing(store, catalog, learner="amy", now=NOW), learner="amy"
    ).to_json()
    assert {"areas", "skills", "next"} <= set(data)
    assert len(data["areas"]) == 7
    for area in data["areas"]:
        assert {"id", "score", "low", "high", "evidence"} <= set(area)
    [stack] = [a for a in data["areas"] if a["id"] == "stack"]
    assert isinstance(stack["score"], int) and stack["low"] <= stack["score"] <= stack["high"]
    assert stack["evidence"][0]["exercise"] == BROADCAST
    assert {"exercise", "difficulty", "at", "passed", "hints", "after_solution"} <= set(
        stack["evidence"][0]
    )
    for skill in data["skills"]:
        assert {"id", "mastery", "low", "high"} <= set(skill)
        assert 0 <= skill["low"] <= skill["high"] <= 1
    for step in data["next"]:
        assert {"id", "title", "reason", "predicted_success"} <= set(step)


def test_scores_follow_the_evidence(catalog: Catalog, store: Store) -> None:
    for days_ago in (9, 6, 3):
        attempt(store, BROADCAST, True, days_ago)
    attempt(store, CONFUSION, True, 2)
    attempt(store, COSINE, False, 2)
    attempt(store, COSINE, False, 1)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    scores = {a.id: a for a in report.areas}
    assert scores["stack"].score is not None and scores["math"].score is not None
    assert scores["stack"].score > scores["math"].score
    assert scores["python"].score is None and scores["python"].status == NO_EVIDENCE
    assert len(scores["stack"].evidence) == 4
    assert scores["stack"].evidence[0].at > scores["stack"].evidence[-1].at  # newest first
    assert report.strongest[0].area == "stack" and report.weakest[0].id == "math.linalg.vectors"
    assert [d for d, _ in report.history] == sorted(d for d, _ in report.history)
    assert report.history[-1][1]["stack"] == scores["stack"].score
    assert len(report.plan) == 7


def test_the_week_plan_keeps_two_new_exercises_a_day_however_many_reviews_are_due(
    store: Store,
) -> None:
    catalog = load_catalog(content_root=bundled_content_root())
    passed = [e.id for e in catalog.ordered() if not e.meta.requires][::6][:24]
    for exercise in passed:  # passed once, three weeks ago: their skills are due now
        attempt(store, exercise, True, 21)
    standing = load_standing(store, catalog, learner="amy", now=NOW)
    assert len(standing.due) > NEW_PER_DAY * PLAN_DAYS  # more than the plan's new ones
    report = build_report(standing, learner="amy")
    assert [len(day.exercises) for day in report.plan] == [NEW_PER_DAY] * PLAN_DAYS
    planned = [r.exercise.id for day in report.plan for r in day.exercises]
    assert len(set(planned)) == len(planned) and not set(planned) & set(passed)  # all new


def test_an_areas_attempts_say_how_many_were_at_other_areas_exercises() -> None:
    def line(exercise: str) -> EvidenceLine:
        return EvidenceLine(exercise, "t", 2, NOW, True, 0, False, 1.0, ())

    own, other = line("python.types.merge_configs"), line("ml.nn.mlp_forward")
    area = AreaScore("python", "Python", 50, 30, 70, "not ready yet", (own, other, other))
    assert area.evidence_summary == "3 attempts, 2 of them at exercises of other areas"
    assert replace(area, evidence=(own,)).evidence_summary == "1 attempt"
    assert replace(area, evidence=(other,)).evidence_summary == (
        "1 attempt, at an exercise of another area"
    )


def test_hints_and_the_solution_show_in_the_evidence(catalog: Catalog, store: Store) -> None:
    attempt(store, BROADCAST, True, 1, hints_seen=2, after_hint=True)
    attempt(store, COSINE, True, 1, after_solution=True)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    lines = {line.exercise: line for a in report.areas for line in a.evidence}
    assert lines[BROADCAST].hints == 2 and lines[BROADCAST].weight < 0.6
    assert lines[COSINE].after_solution and lines[COSINE].weight < 0.1


def test_next_steps_put_a_due_review_first_and_say_why(catalog: Catalog, store: Store) -> None:
    attempt(store, BROADCAST, True, 20)
    standing = load_standing(store, catalog, learner="amy", now=NOW)
    assert "stack.numpy.broadcasting" in standing.due
    found = standing.recommend(limit=3)
    assert len({r.exercise.id for r in found}) == 3
    [review] = [r for r in found if r.review]
    assert review.exercise.id == BROADCAST and review.reason.startswith("review:")
    assert re.search(r"due for \d+ days", review.reason)
    assert standing.recommend(limit=3, skip={BROADCAST})[0].exercise.id != BROADCAST


def test_an_exercise_whose_solution_was_just_read_waits(catalog: Catalog, store: Store) -> None:
    # Without any attempt, the first suggestion is an exercise on a skill not yet shown;
    # once its solution has been read, a pass there would show what was read.
    first = load_standing(store, catalog, learner="amy", now=NOW).recommend(limit=1)[0]
    read_at = NOW - timedelta(hours=1)
    store.write(
        lambda s: s.add(
            SolutionView(
                learner_id="amy", exercise_id=first.exercise.id, exercise_version="v",
                viewed_at=read_at,
            )
        )
    )  # fmt: skip
    standing = load_standing(store, catalog, learner="amy", now=NOW)
    assert standing.history[first.exercise.id].solution_read_at == read_at
    assert first.exercise.id not in {r.exercise.id for r in standing.recommend(limit=3)}
    # Days later it may come back, as writing it from memory, and says so.
    later = load_standing(store, catalog, learner="amy", now=NOW + timedelta(days=3))
    again = {r.exercise.id: r for r in later.recommend(limit=len(EXERCISES))}
    assert again[first.exercise.id].reason.startswith("you read its solution")
    # Passed since it was read: an ordinary pass.
    attempt(store, first.exercise.id, True, -1)
    passed = load_standing(store, catalog, learner="amy", now=NOW + timedelta(days=3))
    reasons = {r.exercise.id: r.reasons for r in passed.recommend(limit=len(EXERCISES))}
    assert not any("solution" in r for r in reasons.get(first.exercise.id, ()))


def test_a_review_is_not_an_exercise_whose_solution_was_just_read(
    catalog: Catalog, store: Store
) -> None:
    # The standard library is due; a fresh exercise on it is the review, unless its
    # solution was just read: then the one passed long ago is.
    counts, checkpoints = "python.collections.word_counts", "python.stdlib.latest_checkpoints"
    attempt(store, counts, True, 20)

    def review() -> str:
        items = agenda(load_standing(store, catalog, learner="amy", now=NOW))
        return next(i.exercise.id for i in items if i.skill_id == "python.stdlib")

    assert review() == checkpoints
    store.write(
        lambda s: s.add(
            SolutionView(
                learner_id="amy", exercise_id=checkpoints, exercise_version="v",
                viewed_at=NOW - timedelta(hours=1),
            )
        )
    )  # fmt: skip
    assert review() == counts


def test_a_review_prefers_an_exercise_whose_solution_was_never_read(
    catalog: Catalog, store: Store
) -> None:
    # Both passed; the one passed longest ago was passed after reading its solution, so
    # every attempt at it counts as after the solution, and a review there cannot show a
    # recall: the other one is the review.
    counts, checkpoints = "python.collections.word_counts", "python.stdlib.latest_checkpoints"
    store.write(
        lambda s: s.add(
            SolutionView(
                learner_id="amy", exercise_id=counts, exercise_version="v",
                viewed_at=NOW - timedelta(days=21),
            )
        )
    )  # fmt: skip
    attempt(store, counts, True, 20, after_solution=True)
    attempt(store, checkpoints, True, 15)
    standing = load_standing(store, catalog, learner="amy", now=NOW)
    assert "python.stdlib" in standing.due
    [item] = [i for i in agenda(standing) if i.skill_id == "python.stdlib"]
    assert item.exercise.id == checkpoints and not item.fresh


def test_prerequisites_come_first(catalog: Catalog, store: Store) -> None:
    # Failing broadcasting (which needs indexing and is needed by vectorisation)
    # makes the vectorisation exercise wait behind the foundations.
    for days_ago in (3, 2, 1):
        attempt(store, BROADCAST, False, days_ago)
    standing = load_standing(store, catalog, learner="amy", now=NOW)
    scores, _, _ = standing.planner.scores(
        standing.belief, history=standing.history, due=standing.due, now=NOW
    )
    rows = standing.planner.rows
    assert scores[rows[BROADCAST]] > scores[rows[CONFUSION]]
    reasons = {r.exercise.id: r.reasons for r in standing.recommend(limit=6)}
    assert any(reason.startswith("unlocks") for reason in reasons[BROADCAST])


def test_html_is_self_contained_and_the_pdf_has_its_pages(
    catalog: Catalog, store: Store, tmp_path: Path
) -> None:
    attempt(store, BROADCAST, True, 4)
    attempt(store, COSINE, False, 2)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    page = write_html(report, tmp_path / "report.html").read_text()
    assert page.startswith("<!doctype html>") and page.count("<svg") == 3
    assert "Readiness by area" in page and "The ML stack" in page and NO_EVIDENCE in page
    steps = page.split("<h2>Next steps</h2>", 1)[1].split("</ol>", 1)[0]  # as `mldojo next`
    assert report.next and all(escape(r.reason) in steps for r in report.next)
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", page)
    assert "<script" not in page and "<link" not in page
    assert f"the bar is {BAR_SCORE}</p>" in page
    assert "<summary>1 attempt</summary>" in page and "1 attempts" not in page
    # The same PDF on disk (the CLI) and in memory (the web download).
    for pdf in (write_pdf(report, tmp_path / "report.pdf").read_bytes(), pdf_bytes(report)):
        assert pdf.startswith(b"%PDF-")
        assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf)) == PDF_PAGES
        assert pdf.rstrip().endswith(b"%%EOF")
        # Every page A4, the plots' too, as a report printed or sent on is expected to be.
        sizes = re.findall(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
        assert len(sizes) == PDF_PAGES
        assert all((round(float(w)), round(float(h))) == (595, 842) for w, h in sizes)


def read(sheets: list[Sheet]) -> str:
    """The text of the pages as a reader goes down each column of each page in turn, so
    that a title wrapped over lines reads as one."""
    columns_read: list[str] = []
    for sheet in sheets:
        by_column: dict[float, list[str]] = {}
        for _, line in sheet.lines:
            for piece in line.pieces:
                by_column.setdefault(piece.x, []).append(piece.text)
        columns_read += [" ".join(texts) for texts in by_column.values()]
    return "\n".join(columns_read)


def plain(text: str) -> str:
    return " ".join(text.split())


def rich_report(catalog: Catalog, store: Store) -> ReadinessReport:
    """Evidence in four areas, more of it in one than the PDF lists, with hints and the
    solution; one area's title and one exercise's as long as a content pack may make
    them, the exercise's with dollar signs (no formula)."""
    for days_ago in (9, 7, 5, 3, 1):
        attempt(store, BROADCAST, days_ago != 5, days_ago)
    attempt(store, CONFUSION, True, 2, hints_seen=2, after_hint=True)
    attempt(store, COSINE, False, 4)
    attempt(store, COSINE, True, 2, after_solution=True)
    attempt(store, "python.collections.word_counts", True, 6)
    attempt(store, "evaluation.metrics.precision_recall_f1", False, 1)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="Amy")
    long_title = "Software engineering: " + ", ".join(f"practice number {i}" for i in range(12))
    long_exercise = "Expand $HOME and $PATH in a config " + "with many more words " * 8

    def longer(area: AreaScore) -> AreaScore:
        if area.id == "engineering":
            return replace(area, title=long_title)
        if area.id == "math":
            return replace(area, evidence=(replace(area.evidence[0], title=long_exercise),))
        return area

    return replace(report, areas=tuple(longer(a) for a in report.areas))


def test_the_pdf_says_what_the_html_says_with_exercises_by_title(
    catalog: Catalog, store: Store
) -> None:
    report = rich_report(catalog, store)
    text = plain(read(_sheets(report)))
    assert f"the bar is {BAR_SCORE}" in text and "80% interval" in text
    for area in report.areas:
        assert plain(area.title) in text  # in full, however long
        if area.score is None:
            assert f"{NO_EVIDENCE} (could be {area.low} to {area.high})" in text
        else:
            assert f"{area.score} ({area.low} to {area.high})" in text
        for e in area.evidence[:SHOWN_EVIDENCE]:
            assert plain(e.title) in text
    assert not any(exercise in text for exercise in EXERCISES), "titles, never ids"
    for words in ("passed", "not passed", "after 2 hints", "after the solution"):
        assert words in text
    assert "difficulty 2 of 5" in text and "31 May 2026" in text
    [stack] = [a for a in report.areas if a.id == "stack"]
    assert len(stack.evidence) > SHOWN_EVIDENCE
    assert f"and {len(stack.evidence) - SHOWN_EVIDENCE} more attempt" in text
    assert stack.evidence_summary in text
    for skill in (*report.strongest, *report.weakest):
        score = round(100 * (skill.mastery or 0))
        assert plain(skill.title) in text
        assert f"{score} ({round(100 * skill.low)} to {round(100 * skill.high)})" in text
    assert report.next and "Next steps" in text
    for step in report.next:
        assert plain(f"{step.exercise.title} {step.reason}") in text
    for day in report.plan:
        assert f"{day.day.day} {day.day:%b}" in text
        for r in day.exercises:
            assert plain(r.exercise.title) in text and plain(r.reason) in text
        assert all(plain(title) in text for _, title in day.reviews)
    for title in ("Readiness by area", "Mastery over time", "Evidence per area"):
        assert title in text


def test_the_pdfs_pages_are_a4_and_their_text_stays_on_them_and_apart(
    catalog: Catalog, store: Store
) -> None:
    import matplotlib
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.transforms import Affine2D

    pages = _pages(rich_report(catalog, store))
    assert len(pages) == PDF_PAGES
    drawn = []
    # Unhinted, as a PDF viewer draws the text (Agg's hinting widens it by a few percent).
    with matplotlib.rc_context({"text.hinting": "no_hinting"}):
        for figure in pages:
            assert tuple(round(72 * x, 2) for x in figure.get_size_inches()) == A4
            renderer = FigureCanvasAgg(figure).get_renderer()
            points = 72 / figure.dpi
            boxes = [
                (t.get_text(), t.get_window_extent(renderer).transformed(Affine2D().scale(points)))
                for t in figure.texts
                if t.get_text()
            ]
            plots = [
                a.get_tightbbox(renderer).transformed(Affine2D().scale(points)) for a in figure.axes
            ]
            for _, box in boxes:
                assert MARGIN - 0.5 <= box.x0 < box.x1 <= A4[0] - MARGIN + 0.5
                assert 20 <= box.y0 < box.y1 <= A4[1] - MARGIN + 0.5  # the footer in the margin
            for plot in plots:
                assert MARGIN - 0.5 <= plot.x0 < plot.x1 <= A4[0] - MARGIN + 0.5
                assert MARGIN <= plot.y0 < plot.y1 <= A4[1] - MARGIN
            for (a, box_a), (b, box_b) in combinations(boxes, 2):
                assert not box_a.padded(-0.5).overlaps(box_b.padded(-0.5)), (a, b)
            for text, box in boxes:
                assert not any(box.padded(-0.5).overlaps(plot) for plot in plots), text
            drawn += [text for text, _ in boxes]
    assert any("$HOME and $PATH" in text for text in drawn)  # as written, not a formula


def test_a_long_report_takes_more_pages_and_the_pdf_holds_each(
    catalog: Catalog, store: Store
) -> None:
    attempt(store, COSINE, False, 2)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    assert len(_sheets(report)) == PDF_PAGES
    longer = replace(report, next=report.next * 12)
    sheets = _sheets(longer)
    assert len(sheets) > PDF_PAGES
    assert plain(read(sheets)).count(plain(report.next[0].exercise.title)) >= 12
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", pdf_bytes(longer))) == len(sheets)


def test_few_skills_with_evidence_are_not_called_no_evidence(
    catalog: Catalog, store: Store, tmp_path: Path
) -> None:
    """One skill shown: it is the strongest, and the weakest list says so rather than
    claiming there is no evidence."""
    attempt(store, COSINE, True, 1)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    assert [s.id for s in report.strongest] == ["math.linalg.vectors"] and not report.weakest
    page = write_html(report, tmp_path / "report.html").read_text()
    weakest = page.split("<h2>Weakest skills</h2>", 1)[1].split("</ul>", 1)[0]
    assert ALL_LISTED in weakest and NO_EVIDENCE not in weakest


def test_an_empty_report_still_writes_both_files(
    catalog: Catalog, store: Store, tmp_path: Path
) -> None:
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    assert "No evidence yet" in write_html(report, tmp_path / "empty.html").read_text()
    assert write_pdf(report, tmp_path / "empty.pdf").read_bytes().startswith(b"%PDF-")


def test_a_report_that_cannot_be_written_is_a_sentence_and_keeps_the_old_one(
    catalog: Catalog, store: Store, tmp_path: Path
) -> None:
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    with pytest.raises(UsageError, match="is not a regular file"):
        write_pdf(report, Path("/dev/full"))
    write_pdf(report, tmp_path / "a.pdf")
    with pytest.raises(UsageError, match="a.pdf' is a file, not a folder"):
        write_html(report, tmp_path / "a.pdf" / "x.html")
    with pytest.raises(UsageError, match="cannot be written to"):
        write_pdf(report, tmp_path / ("r" * 300 + ".pdf"))  # over the file-name limit
    old = tmp_path / "kept.html"
    old.write_text("the earlier report")
    with pytest.raises(UsageError, match="does not exist"):
        write_html(report, tmp_path / "missing" / "r.html")
    assert old.read_text() == "the earlier report"
    assert write_html(report, old).read_text().startswith("<!doctype html>")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_report_is_written_as_a_file_to_share_through_a_link_too(
    catalog: Catalog, store: Store, tmp_path: Path
) -> None:
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    umask = os.umask(0o022)
    try:
        fresh = write_html(report, tmp_path / "fresh.html")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644  # as any new file, not mkstemp's 0600
    fresh.chmod(0o640)
    (tmp_path / "latest.html").symlink_to(fresh)
    write_html(report, tmp_path / "latest.html")
    assert (tmp_path / "latest.html").is_symlink()  # the link stays, its report is new
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640  # and keeps its permissions
    with pytest.raises(UsageError, match=r"report\.pdf"):
        write_pdf(report, tmp_path)


def test_a_review_prefers_an_exercise_not_passed_yet(
    catalog: Catalog, store: Store, tmp_path: Path
) -> None:
    attempt(store, "python.collections.word_counts", True, 20)
    attempt(store, BROADCAST, True, 20)
    standing = load_standing(store, catalog, learner="amy", now=NOW)
    items = {i.skill_id: i for i in agenda(standing)}
    stdlib, types = items["python.stdlib"], items["stack.numpy.broadcasting"]
    assert stdlib.exercise.id == "python.stdlib.latest_checkpoints" and stdlib.fresh
    assert items["python.types"].exercise.id == "python.types.merge_configs"
    assert types.exercise.id == BROADCAST and not types.fresh  # the only one there is
    fresh = start_review(
        stdlib, catalog.get(stdlib.exercise.id), workspace=tmp_path, when=NOW, draft=None
    )
    assert fresh.started.path == tmp_path / "python" / "stdlib" / "latest_checkpoints.py"
    assert fresh.check_command == "mldojo check python.stdlib.latest_checkpoints"
    spaced = tmp_path / "my work"  # a folder name with a space: the command quotes it
    again = start_review(
        types, catalog.get(types.exercise.id), workspace=spaced, when=NOW, draft=None
    )
    assert again.started.path.is_relative_to(spaced / "review" / "2026-06-01")
    assert shlex.split(again.check_command)[-2:] == ["--file", str(again.started.path)]


def test_the_history_does_not_move_without_evidence(catalog: Catalog, store: Store) -> None:
    """Yesterday's last point and today's, minutes later, come from the same belief: the
    curve may not move by sampling noise alone."""
    midnight = datetime(2026, 6, 1, 0, 0, tzinfo=UTC)
    for exercise in EXERCISES:
        for hours in (5, 3):
            attempt(
                store, exercise, hours == 3, (NOW - midnight).total_seconds() / 86400 + hours / 24
            )
    now = midnight + timedelta(minutes=1)
    standing = load_standing(store, catalog, learner="amy", now=now)
    report = build_report(standing, learner="amy", zone=UTC)
    (yesterday, before), (today, after) = report.history[-2:]
    assert (yesterday, today) == (now.date() - timedelta(days=1), now.date())
    scored = [area for area, value in after.items() if value is not None]
    assert len(scored) >= 4
    assert {a: before[a] for a in scored} == {a: after[a] for a in scored}


def test_mastery_over_a_single_day_is_drawn_over_a_week(catalog: Catalog, store: Store) -> None:
    from matplotlib.dates import num2date

    from mldojo.learning.charts import over_time

    attempt(store, BROADCAST, True, 0.1)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    [(day, _)] = report.history
    low, high = (num2date(x).date() for x in over_time(report).axes[0].get_xlim())
    assert low < day < high and (high - low).days == 7  # not years around one point


def test_the_charts_of_a_long_history_keep_their_labels_apart(
    catalog: Catalog, store: Store
) -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from mldojo.learning.charts import evidence_per_area, over_time

    for days_ago in range(26, 0, -1):  # a check a day for four weeks, most in one area
        attempt(store, BROADCAST if days_ago % 3 else COSINE, days_ago % 2 == 0, days_ago)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    figure = over_time(report)
    renderer = FigureCanvasAgg(figure).get_renderer()
    labels = [t for t in figure.axes[0].get_xticklabels() if t.get_text()]
    boxes = sorted((t.get_window_extent(renderer) for t in labels), key=lambda b: b.x0)
    assert len(boxes) >= 3 and all(a.x1 < b.x0 for a, b in pairwise(boxes))
    figure = evidence_per_area(report)
    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    legend = axes.get_legend().get_window_extent(renderer)
    bars = [p.get_window_extent(renderer) for p in axes.patches if p.get_width() > 0]
    assert bars and not any(legend.overlaps(bar) for bar in bars)


def test_the_charts_give_an_area_two_lines_at_most_and_nothing_yet_a_plain_axis(
    catalog: Catalog, store: Store
) -> None:
    from mldojo.learning.charts import evidence_per_area, over_time, radar

    empty = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    counts = evidence_per_area(empty).axes[0]
    assert counts.get_xlim()[0] == 0 and "No evidence yet" in [t.get_text() for t in counts.texts]
    assert over_time(empty).axes[0].get_xticks().size == 0  # no days, not 0.0 to 1.0
    attempt(store, BROADCAST, True, 2)
    attempt(store, COSINE, False, 1)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    long_title = "Software engineering: " + ", ".join(f"practice number {i}" for i in range(12))
    areas = tuple(
        replace(a, title=long_title) if a.id == "engineering" else a for a in report.areas
    )
    report = replace(report, areas=areas)  # as long as a content pack may make it
    labels = [
        *(t.get_text() for t in radar(report).axes[0].get_xticklabels()),
        *(t.get_text() for t in evidence_per_area(report).axes[0].get_yticklabels()),
        *(t.get_text() for t in over_time(report).axes[0].get_legend().get_texts()),
    ]
    engineering = [
        label.removesuffix("\n(no evidence yet)")
        for label in labels
        if label.startswith("Software engineering")
    ]
    assert len(engineering) == 2 and all(label.count("\n") == 1 for label in engineering)
    assert all(label.endswith("…") for label in engineering)
    # Mastery over time keeps its legend under the plot, where no line runs under it.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = over_time(report)
    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    legend = axes.get_legend().get_window_extent(renderer)
    assert legend.y1 <= axes.get_window_extent(renderer).y0


def test_an_area_is_ready_only_once_the_low_end_clears_the_bar(
    catalog: Catalog, store: Store
) -> None:
    python = ("python.collections.word_counts", "python.types.merge_configs")
    python += ("python.stdlib.latest_checkpoints",)
    for days_ago in (10, 7):  # each passed twice: a score at the bar, a wide interval
        for offset, exercise in enumerate(python):
            attempt(store, exercise, True, days_ago - offset / 2)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    area = next(a for a in report.areas if a.id == "python")
    assert area.score is not None and area.score >= BAR_SCORE > area.low
    assert area.status == "not ready yet"


def test_few_skills_are_split_so_a_failed_one_is_never_called_strong(
    catalog: Catalog, store: Store
) -> None:
    attempt(store, "python.types.merge_configs", True, 1)
    attempt(store, COSINE, False, 0.5)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    shown = [s for s in report.skills if s.mastery is not None]
    assert len(report.strongest) in (len(shown) // 2, (len(shown) + 1) // 2)
    weakest = min(shown, key=lambda s: s.mastery or 0)
    assert weakest not in report.strongest and weakest in report.weakest


def test_skills_only_failed_are_never_the_strongest(catalog: Catalog, store: Store) -> None:
    # Two skills, each failed once: the upper half of two is one, and it is no strength.
    attempt(store, "python.collections.word_counts", False, 0.5)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    shown = [s for s in report.skills if s.mastery is not None]
    assert len(shown) == 2 and not report.strongest
    assert set(report.weakest) == set(shown) and report.no_strongest == NONE_ABOVE


def test_a_skill_only_failed_is_not_the_strongest_when_passes_elsewhere_raise_it(
    tmp_path_factory: pytest.TempPathFactory, store: Store
) -> None:
    """Passes on the skills built on complexity analysis raise its estimate above where a
    new learner starts, though its own exercise was only failed: it is no strength."""
    passed = (
        "engineering.algorithms.pipeline_run_order",
        "engineering.algorithms.linked_accounts",
        "engineering.structures.rolling_stats",
        "engineering.design.feature_store",
    )
    failed = "engineering.algorithms.word_error_rate"
    root = copy_exercises(tmp_path_factory.mktemp("content"), *passed, failed)
    catalog = load_catalog(content_root=root)
    for days_ago, exercise in enumerate(passed, start=3):
        attempt(store, exercise, True, days_ago)
    for hours in (3, 2, 1):
        attempt(store, failed, False, hours / 24, source=f"# try {hours}\n")
    standing = load_standing(store, catalog, learner="amy", now=NOW)
    report = build_report(standing, learner="amy")
    only_failed = set(catalog.get(failed).meta.skills) - {
        skill for exercise in passed for skill in catalog.get(exercise).meta.skills
    }
    raised = [
        s
        for s in report.skills
        if s.id in only_failed
        and s.mastery is not None
        and s.mastery > standing.prior_mastery(s.id)
    ]
    assert raised, "the case this test is about: a skill only failed, raised by others"
    assert not {s.id for s in report.strongest} & only_failed
    assert report.strongest  # the skills passed are still there


def test_one_skill_just_failed_is_the_weakest_not_the_strongest(
    catalog: Catalog, store: Store, tmp_path: Path
) -> None:
    attempt(store, COSINE, False, 0.5)
    report = build_report(load_standing(store, catalog, learner="amy", now=NOW), learner="amy")
    assert not report.strongest and [s.id for s in report.weakest] == ["math.linalg.vectors"]
    assert report.no_strongest == NONE_ABOVE
    page = write_html(report, tmp_path / "report.html").read_text()
    strongest = page.split("<h2>Strongest skills</h2>", 1)[1].split("</ul>", 1)[0]
    assert NONE_ABOVE in strongest and NO_EVIDENCE not in strongest
