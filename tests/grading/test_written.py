"""The number check of written reports: results tied to their words, versions, and an
exercise's own rubric lines, on a real exercise whose cases.py each test rewrites."""

from __future__ import annotations

import random
import re
import textwrap
from pathlib import Path

import pytest

from mldojo.catalog.catalog import load_catalog
from mldojo.catalog.exercise import Exercise
from mldojo.errors import ContentError
from mldojo.grading.answer_mutants import written_mutants
from mldojo.grading.written import (
    HEADING,
    expand,
    is_sentence,
    judge_written,
    numbers_in,
    section_spans,
    sentence_spans,
    table_rows,
    untabled,
)
from mldojo.settings import bundled_content_root
from tests.conftest import copy_exercises

REPORT_ID = "soft.communication.overclaiming_summary"
NUMBERS = "every number matches the results"


def exercise_with(tmp_path: Path, cases: str) -> Exercise:
    root = copy_exercises(tmp_path / "content", REPORT_ID)
    folder = root.joinpath(*REPORT_ID.split("."))
    (folder / "cases.py").write_text(textwrap.dedent(cases), encoding="utf-8")
    return load_catalog(content_root=root).get(REPORT_ID)


def verdict(exercise: Exercise, report: str) -> dict[str, str]:
    """Each failing rubric line with its message."""
    return {r.name: r.message for r in judge_written(exercise, report) if not r.passed}


def test_a_result_with_words_counts_only_where_its_sentence_says_what_it_is(
    tmp_path: Path,
) -> None:
    exercise = exercise_with(
        tmp_path,
        """
        from mldojo.grading.casekit import Fact
        FACTS = {"line_24": Fact(24, near=(r"\\bline", "threshold"), what="line 24"),
                 "tickets": Fact(200, near="tickets"), "share": 0.6}
        STATEMENT_NUMBERS = False
        """,
    )
    said = "Line 24 picks the threshold. The test had 200 tickets, 60% of them right."
    assert NUMBERS not in verdict(exercise, said)
    # The same numbers, each in a sentence that does not say what it is.
    unsaid = verdict(exercise, "Line 24 reads the file. The test had 200 rows.")[NUMBERS]
    assert "24 (line 24)" in unsaid and "200 (tickets)" in unsaid
    assert "name it next to the number" in unsaid
    # The sentence before counts too ("... threshold. It is on line 24.").
    assert NUMBERS not in verdict(exercise, "Look at the threshold. It is set on line 24.")
    # A plain FACTS number still counts anywhere; a wrong number is still wrong.
    assert NUMBERS not in verdict(exercise, "About 60% of anything.")
    assert "25 does not match" in verdict(exercise, "Line 25 picks the threshold.")[NUMBERS]


def test_the_statements_numbers_count_unless_the_exercise_says_otherwise(
    tmp_path: Path,
) -> None:
    report = "The first summary said 15% better."  # 15% is in the statement only
    free = exercise_with(tmp_path / "free", "FACTS = {}\n")
    assert NUMBERS not in verdict(free, report)
    strict = exercise_with(tmp_path / "strict", "FACTS = {}\nSTATEMENT_NUMBERS = False\n")
    assert "15% does not match" in verdict(strict, report)[NUMBERS]


def test_a_proportion_that_is_not_a_percentage_is_only_written_as_itself(
    tmp_path: Path,
) -> None:
    exercise = exercise_with(
        tmp_path,
        """
        from mldojo.grading.casekit import Fact
        FACTS = {"cut": Fact(0.25, near="threshold", as_percent=False),
                 "share": Fact(0.25, near="share")}
        STATEMENT_NUMBERS = False
        """,
    )
    assert NUMBERS not in verdict(exercise, "The threshold is 0.25.")
    for wrong in ("The threshold is 25.", "The threshold is 25%.", "The threshold is 0."):
        assert NUMBERS in verdict(exercise, wrong), wrong
    assert NUMBERS not in verdict(exercise, "A share of 25% and 0.25.")
    # A proportion's fraction with a percent sign is a hundred times too small.
    said = verdict(exercise, "A share of 0.25%.")[NUMBERS]
    assert "0.25% (a share of 0.25 is 25%) does not match" in said


def test_a_number_written_negative_never_matches_a_positive_result(tmp_path: Path) -> None:
    exercise = exercise_with(
        tmp_path,
        """
        from mldojo.grading.casekit import Fact
        FACTS = {"r": Fact(0.59, near="bmi", as_percent=False),
                 "change": Fact(-6, near="fewer|change")}
        STATEMENT_NUMBERS = False
        """,
    )
    assert NUMBERS not in verdict(exercise, "bmi correlates at 0.59.")
    for wrong in ("bmi correlates at -0.59.", "bmi correlates at \u22120.59."):
        assert "0.59 does not match" in verdict(exercise, wrong)[NUMBERS], wrong
    # A change keeps matching as a size or with its own sign.
    for said in ("6 fewer alerts.", "A change of -6 alerts."):
        assert NUMBERS not in verdict(exercise, said), said


def test_a_number_is_said_with_its_sentence_the_one_before_or_its_heading_line(
    tmp_path: Path,
) -> None:
    exercise = exercise_with(
        tmp_path,
        """
        from mldojo.grading.casekit import Fact
        FACTS = {"tickets": Fact(200, near="tickets")}
        STATEMENT_NUMBERS = False
        """,
    )
    for said in (
        "## 200 tickets\n\nThe rest.",
        "We counted tickets. There were\n200.",
        "- The tickets. Then 200 of them.\n- 200 tickets.",
    ):
        assert NUMBERS not in verdict(exercise, said), said
    for unsaid in (
        "## 200 rows\n\nThe tickets.",
        "We counted tickets.\n\nThere were 200.",  # another paragraph says it
        "- The tickets.\n- Then 200 of them.",  # another list item says it
        "One. Tickets. Two. Then 200.",  # two sentences before
    ):
        assert "200 (tickets)" in verdict(exercise, unsaid)[NUMBERS], unsaid


def test_a_text_s_numbers_are_found_in_one_pass_with_where_they_are() -> None:
    text = "1. Recall 71 % on 2.3.0 and\n2. 1,204 rows, -3.5"
    found = [
        (text[n.start : n.stop], text[n.start : n.end], n.written, n.value, n.decimals)
        for n in numbers_in(text)
    ]
    assert found == [
        ("71", "71 %", "71%", 71.0, 0),
        ("1,204", "1,204", "1,204", 1204.0, 0),
        ("-3.5", "-3.5", "-3.5", -3.5, 1),
    ]
    # Report mutants read a version as text: its first two parts are a number.
    assert [n.digits for n in numbers_in(text, skip_versions=False)] == [
        "71",
        "2.3",
        "1,204",
        "-3.5",
    ]


def test_the_untouched_starter_meets_no_rubric_line() -> None:
    # Its headings and TODO lines met 20 of the 28 lines, a score for writing nothing.
    exercise = load_catalog(content_root=bundled_content_root()).get(REPORT_ID)
    [result] = judge_written(exercise, exercise.starter() + "\n  \n")
    assert not result.passed and "the starter as it was given" in result.message
    edited = exercise.starter().replace("TODO", "The new model", 1)
    assert len(judge_written(exercise, edited)) > 1  # one line written: read as a report


def test_a_version_must_be_one_the_statement_names(tmp_path: Path) -> None:
    exercise = exercise_with(tmp_path, "FACTS = {}\n")
    statement = exercise.statement()
    assert "2.2.1" not in statement and "1.0.0" not in statement
    assert "2.2.1 does not match" in verdict(exercise, "It broke in 2.2.1.")[NUMBERS]


def test_an_exercise_can_add_rubric_lines_of_its_own(tmp_path: Path) -> None:
    exercise = exercise_with(
        tmp_path,
        """
        FACTS = {}
        def check(report):
            return {"the plan adds up": None if "24 hours" in report else "it does not"}
        """,
    )
    assert "the plan adds up" not in verdict(exercise, "Weeks 1 to 4, 24 hours.")
    assert verdict(exercise, "Weeks 1 to 4, 25 hours.")["the plan adds up"] == "it does not"
    broken = exercise_with(tmp_path / "broken", "def check(report):\n    return 1 / 0\n")
    with pytest.raises(ContentError, match="check\\(report\\) raised ZeroDivisionError"):
        judge_written(broken, "Anything.")
    listed = exercise_with(tmp_path / "listed", "def check(report):\n    return ['one']\n")
    with pytest.raises(ContentError, match="check\\(report\\) returned list; it must return"):
        judge_written(listed, "Anything.")


def test_sentences_are_paragraphs_list_items_and_table_rows_split_at_full_stops() -> None:
    report = "# Head\n\nOne. Two 0.5 is\nstill two.\n\n- Item three.\n| a | 4 |\n|---|---|\n"
    sentences = [report[a:b] for a, b in sentence_spans(report)]
    assert sentences == [
        "One.",
        "Two 0.5 is\nstill two.",
        "- Item three.",
        "| a | 4 |",
        "|---|---|",
    ]


def test_report_mutants_leave_seeds_alone(tmp_path: Path) -> None:
    exercise_with(tmp_path, "FACTS = {}\n")
    folder = tmp_path / "content" / Path(*REPORT_ID.split("."))
    solution = folder / "solution.md"
    code = "```python\nsplit(df, seed=0, test_size=0.2)\nrng(random_state = 7)\n```\n\n"
    solution.write_text(
        solution.read_text(encoding="utf-8").replace("## Note", code + "## Note"),
        encoding="utf-8",
    )
    exercise = load_catalog(content_root=tmp_path / "content").get(REPORT_ID)
    changed = {m.description.split(": ", 1)[1] for m in written_mutants(exercise).mutants}
    assert "`0.2` -> `0.3`" in changed
    assert not any(c.startswith(("`0` ->", "`7` ->")) for c in changed), changed


def test_an_abbreviation_or_an_initial_does_not_end_a_sentence() -> None:
    report = (
        "Recall matters most here, i.e. 0.81 of the frauds are caught. The cost, e.g. "
        "refunds, falls (cf. Fig. 2). J. Smith agreed. Is it significant? No. Done.\n"
    )
    sentences = [report[a:b] for a, b in sentence_spans(report)]
    assert sentences == [
        "Recall matters most here, i.e. 0.81 of the frauds are caught.",
        "The cost, e.g. refunds, falls (cf. Fig. 2).",
        "J. Smith agreed.",
        "Is it significant?",
        "No.",
        "Done.",
    ]


def test_a_section_needs_words_under_its_heading(tmp_path: Path) -> None:
    exercise = exercise_with(tmp_path, "FACTS = {}\n")
    assert exercise.meta.written is not None
    section = exercise.meta.written.sections[0]
    line = f"has a section: {section}"
    report = f"# Report\n\n## {section}\n\nTBD\n\n## Other\n\n" + "Words to fill. " * 20
    assert "is empty" in verdict(exercise, report)[line]
    filled = report.replace("TBD", "What it asks, in a sentence or two.")
    assert line not in verdict(exercise, filled)
    nested = report.replace("TBD", "### Part\n\nWhat it asks, said in a subsection.")
    assert line not in verdict(exercise, nested)


def exercise_with_points(tmp_path: Path, points: str) -> Exercise:
    root = copy_exercises(tmp_path / "content", REPORT_ID)
    toml = root.joinpath(*REPORT_ID.split("."), "exercise.toml")
    toml.write_text(toml.read_text(encoding="utf-8") + textwrap.dedent(points), encoding="utf-8")
    return load_catalog(content_root=root).get(REPORT_ID)


def test_a_point_tied_to_a_section_must_be_made_under_its_heading(tmp_path: Path) -> None:
    exercise = exercise_with_points(
        tmp_path,
        """
        [[written.points]]
        name = "the zebra"
        section = "Limits"
        patterns = ['''zebra''']
        """,
    )
    line = "says under 'Limits': the zebra"
    elsewhere = "# R\n\n## Result\n\nThe zebra is here.\n\n## Limits\n\nNothing more to add here.\n"
    assert verdict(exercise, elsewhere)[line] == (
        "the section 'Limits' does not say the zebra: put each point under its own heading"
    )
    under = elsewhere.replace("Nothing more to add here.", "A zebra, in its own section.")
    assert line not in verdict(exercise, under)
    nested = elsewhere.replace("Nothing more to add here.", "### Part\n\nA zebra, nested.")
    assert line not in verdict(exercise, nested)


def test_a_point_tied_to_a_section_must_name_a_required_one(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="'Appendix', which is not one of the sections"):
        exercise_with_points(
            tmp_path,
            """
            [[written.points]]
            name = "the zebra"
            section = "Appendix"
            patterns = ['''zebra''']
            """,
        )


def test_a_heading_does_not_run_into_the_sentence_under_it(tmp_path: Path) -> None:
    exercise = exercise_with_points(
        tmp_path,
        """
        [[written.points]]
        name = "a rerun of the failed partition"
        patterns = ['''reruns?\\s+a\\s+failed''']
        """,
    )
    line = "covers: a rerun of the failed partition"
    assert line in verdict(exercise, "## Failures and reruns\n\nA failed partition is lost.")
    assert line not in verdict(exercise, "## Failures\n\nThe job reruns a failed partition.")


def test_a_number_in_a_table_is_said_with_its_column_heading(tmp_path: Path) -> None:
    exercise = exercise_with(
        tmp_path,
        """
        from mldojo.grading.casekit import Fact
        FACTS = {"tickets": Fact(200, near="tickets"), "week": 1}
        STATEMENT_NUMBERS = False
        """,
    )
    table = "Counts:\n\n| week | {head} |\n|---|---|\n| 1 | 200 |\n"
    assert NUMBERS not in verdict(exercise, table.format(head="tickets"))
    assert "200 (tickets)" in verdict(exercise, table.format(head="rows"))[NUMBERS]


def test_a_share_may_be_said_as_a_count_out_of_a_whole(tmp_path: Path) -> None:
    exercise = exercise_with(
        tmp_path,
        """
        from mldojo.grading.casekit import Fact
        FACTS = {"accuracy": Fact(0.69, near="accura|%|share"), "tickets": Fact(200, "tickets")}
        STATEMENT_NUMBERS = False
        """,
    )
    for said in (
        "About 7 in 10 were right.",
        "About 2 out of every 3 were right.",
        "The right ones were about 7 in 10.",  # a share that ends its sentence
    ):
        assert NUMBERS not in verdict(exercise, said), said
    for wrong in ("About 8 in 10 were right.", "About 1 in 2 were right."):
        assert "do not match" in verdict(exercise, wrong)[NUMBERS], wrong
    # Counts stay counts: 138 of 200 tickets is judged number by number.
    assert "138 does not match" in verdict(exercise, "138 of 200 tickets were right.")[NUMBERS]


def test_a_section_to_be_said_in_sentences_needs_one(tmp_path: Path) -> None:
    root = copy_exercises(tmp_path / "content", REPORT_ID)
    toml = root.joinpath(*REPORT_ID.split("."), "exercise.toml")
    text = re.sub(r"(?m)^in_sentences = .*\n", "", toml.read_text(encoding="utf-8"))
    toml.write_text(text.replace("sections = [", 'in_sentences = ["Limits"]\nsections = ['))
    exercise = load_catalog(content_root=root).get(REPORT_ID)
    line = "'Limits' is said in sentences"
    keywords = "## Result\n\nText.\n\n## Limits\n\n- small test\n- one week\n- 200 tickets\n"
    assert verdict(exercise, keywords)[line].startswith(
        "the section 'Limits' is keywords, not sentences"
    )
    said = keywords.replace("- one week", "- The test ran for one week, so a busy week may differ.")
    assert line not in verdict(exercise, said)


def test_a_section_ends_at_the_next_heading_of_its_level_or_above() -> None:
    def by_rescanning(report: str) -> list[tuple[str, int, int]]:
        """The rule as written: each heading against every later one."""
        found = [
            (len(h.group(0)) - len(h.group(0).lstrip("#")), h) for h in HEADING.finditer(report)
        ]
        return [
            (
                heading.group(1).strip().lower(),
                heading.end(),
                next((h.start() for deeper, h in found[i + 1 :] if deeper <= level), len(report)),
            )
            for i, (level, heading) in enumerate(found)
        ]

    rng = random.Random(7)
    lines = ["# Results", "## Method", "### Detail", "#### Aside", "Some words here.", ""]
    for _ in range(300):
        report = "\n".join(rng.choice(lines) for _ in range(rng.randint(0, 40)))
        assert section_spans(report) == by_rescanning(report)
    nested = "# Results\ntext\n## Method\nmore\n### Detail\nx\n## Data\ny\n# Limits\nz\n"
    titles = {title: nested[start:end] for title, start, end in section_spans(nested)}
    assert titles["results"] == "\ntext\n## Method\nmore\n### Detail\nx\n## Data\ny\n"
    assert titles["method"] == "\nmore\n### Detail\nx\n"


def test_a_report_far_over_its_length_is_judged_on_its_length_alone(tmp_path: Path) -> None:
    exercise = load_catalog(content_root=copy_exercises(tmp_path / "c", REPORT_ID)).get(REPORT_ID)
    spec = exercise.meta.written
    assert spec is not None
    for report in ("# x\n" * 100_000, ("| " * 20 + "\n") * 24_000):  # words, or only signs
        [only] = judge_written(exercise, report)
        assert not only.passed and only.name == f"length {spec.min_words} to {spec.max_words} words"
        assert "the rest of the rubric was not read" in only.message
        assert f"at most {spec.max_words} words" in only.message
    # Within the bound, every rubric line is still read.
    assert len(judge_written(exercise, "word " * (2 * spec.max_words))) > 1


def test_a_negation_spares_a_claim_only_in_the_claims_own_clause_before_it(
    tmp_path: Path,
) -> None:
    exercise = exercise_with_points(
        tmp_path,
        """
        [[written.forbidden]]
        name = "switching the zebras"
        patterns = ['''\\bswitch\\w*\\s+(all|every)\\s+zebras?(?:[^.]*?\\bzebras?)?''']
        unless = [
            '''{negation}''', '''\\b(once|if)\\b''', '''\\b(rather\\s+than|before)\\b[^,]*$''',
        ]
        """,
    )
    line = "does not claim: switching the zebras"
    for honest in (
        "Don't switch every zebra next sprint.",
        "We would not switch all zebras yet.",
        "Run a pilot before switching every zebra.",
        "If the pilot holds, switch all zebras.",
        "Pilot on one, rather than switching every zebra.",
    ):
        assert line not in verdict(exercise, honest), honest
    for claim in (
        "Switch every zebra next sprint rather than keeping the old one.",
        "Switch all zebras next sprint, once the release is ready.",
        "We are not sure yet, but switch every zebra.",
        "Nothing to wait for: switch every zebra.",
        "The test is not large, so switch all zebras.",
        "Rather than wait for a pilot, switch every zebra.",
        # a spared mention hides neither a later one nor one that starts inside it
        "Don't switch every zebra yet; switch every zebra next week.",
        "Do not switch all zebras, and switch every zebra.",
    ):
        assert "switch" in verdict(exercise, claim)[line], claim


def test_a_claim_without_unless_words_is_found_wherever_its_patterns_match(
    tmp_path: Path,
) -> None:
    exercise = exercise_with_points(
        tmp_path,
        """
        [[written.forbidden]]
        name = "switching the zebras"
        patterns = ['''switch\\w*\\s+(all|every)\\s+zebras?''']
        """,
    )
    assert "does not claim: switching the zebras" in verdict(exercise, "Don't switch all zebras.")


def test_the_certainty_words_are_one_shared_list(tmp_path: Path) -> None:
    exercise = exercise_with_points(
        tmp_path,
        """
        [[written.points]]
        name = "a zebra"
        patterns = ['''zebra''']

        [[written.forbidden]]
        name = "certainty about the zebra"
        patterns = ['''{certainty}[^.!?]{0,30}\\bbetter''']
        unless = ['''{negation}''']
        """,
    )
    line = "does not claim: certainty about the zebra"
    for claim in (
        "The zebra is undoubtedly better.",
        "The zebra is unquestionably better.",
        "Without question the zebra is better.",
        "There is no question that the zebra is better.",
        "It is clear that the zebra is better.",
        "Surely the zebra is better.",
        "The zebra is obviously better.",
        "The zebra is beyond doubt better.",
        "The zebra is beyond any reasonable doubt better.",
    ):
        assert line in verdict(exercise, claim), claim
    for honest in (
        "It is not clear that the zebra is better.",
        "We cannot say for sure that the zebra is better.",
        "The zebra is not obviously better.",
        "Make sure to check that the zebra is better.",
    ):
        assert line not in verdict(exercise, honest), honest
    # Report mutants read the shared words too: the plainest claim is found.
    mutants = written_mutants(exercise)
    assert any("certainty about the zebra" in m.description for m in mutants.mutants)


@pytest.mark.parametrize(
    "text, denies",
    [
        ("do not switch every queue", True),
        ("we won't switch every queue", True),
        ("it is not safe to switch every queue", True),
        ("it is not risky to switch every queue", False),
        ("it isn't too early to switch every queue", False),
        ("there is no harm in switching every queue", False),
        ("it is not a mistake to switch every queue", False),
        ("without doubt, switch every queue", False),
        ("there is no question: switch every queue", False),
        ("without any reasonable doubt we switch every queue", False),
        ("switch every queue without waiting", True),
    ],
)
def test_a_denied_warning_is_no_denial(text: str, denies: bool) -> None:
    assert bool(re.search(expand("{negation}"), text, re.IGNORECASE)) is denies


def test_a_claim_is_quoted_as_the_learner_wrote_it(tmp_path: Path) -> None:
    exercise = exercise_with_points(
        tmp_path,
        """
        [[written.forbidden]]
        name = "proof"
        patterns = ['''\\bproves?\\b''']
        """,
    )
    said = verdict(exercise, "## Result\n\nIt PROVES the New Model works.")["does not claim: proof"]
    assert "It PROVES the New Model works.” claims proof" in said  # not lower-cased


@pytest.mark.parametrize(
    "text, sentence",
    [
        ("On the 2,000 test rows, model B caught 71 frauds, A caught 62, a gain of 9.", True),
        ("We measured recall, precision, F1, AUC, log loss and calibration on the test.", True),
        ("stratified_split, 2.3.0, sorted by label, 10,000 rows, 200 positives, all 200 "
         "in train, test none, row order, 2.2.1 correct, recall, precision.", False),
        ("Evidence: 40 runs, 8 architectures, 5 seeds, AUC 0.81 versus 0.79, interval "
         "0.2 to 0.6, early stopping, validation loss.", False),
        ("B caught more frauds than A did.", False),  # too short to say much
    ],
)  # fmt: skip
def test_a_list_of_keywords_is_no_sentence_however_long(text: str, sentence: bool) -> None:
    assert is_sentence(text) is sentence


def test_tables_are_read_row_by_row_with_their_headings() -> None:
    report = (
        "Some prose.\n\n| model | recall |\n|:---|---:|\n| A | 62% |\n| B | 71% |\n"
        "After the table.\n| x |\n| - |\n| 1 |\n"
    )
    assert table_rows(report) == [
        (["A", "62%"], ["model", "recall"]),
        (["B", "71%"], ["model", "recall"]),
        (["1"], ["x"]),
    ]

    def sentence(cells: list[str], header: list[str]) -> str:
        return ", ".join(f"{h} {c}" for h, c in zip(header, cells, strict=True)) + "."

    written = untabled(report, sentence)
    assert written.split("\n") == [
        "Some prose.", "", "", "model A, recall 62%.", "", "", "model B, recall 71%.", "",
        "After the table.", "", "x 1.", "",
    ]  # fmt: skip
