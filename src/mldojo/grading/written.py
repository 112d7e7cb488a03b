"""Written exercises: a short Markdown report judged line by line against a rubric.

The report is text: it is read, never run. The rubric (`[written]` in
exercise.toml) asks for sections, a length, key points and claims it must not
make; and every number the report states must match a result the host computed
itself (`FACTS` in cases.py) or a number the statement gave. A result given as a
`Fact` with words (`Fact(200, near="tickets")`) counts only where the number's
sentence (or the one before it) says what it is, so a number cannot pass by
matching some other result; and `check(report)` in cases.py may add rubric lines
that patterns cannot express. Each rubric line is one case in the verdict, so a
learner sees exactly which line failed.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import PLACEHOLDER, RubricClaim, WrittenSpec
from mldojo.errors import ContentError
from mldojo.grading.casekit import Fact
from mldojo.grading.checks import load_module
from mldojo.grading.verdict import CaseResult

HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
# A number as a person writes it: 0.87, 87%, 1,204, -3.5; list markers ("1.") aside.
NUMBER = re.compile(r"(?<![\w.])([-−]?\d{1,3}(?:,\d{3})+|[-−]?\d+(?:\.\d+)?)(\s*%)?(?![\w])")
# A release, not a number: 2.3.0, 3.11.9. It must be one the statement names.
VERSION = re.compile(r"(?<![\w.])\d+(?:\.\d+){2,}(?![\w.]*\d)")
LIST_MARKER = re.compile(r"^\s*\d+[.)]\s", re.MULTILINE)
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’%.-]*")
# What ends in a full stop without ending the sentence: common abbreviations, and a
# single capital (an initial, "J. Smith").
ABBREVIATION = re.compile(
    r"(?:(?<![\w.])(?i:e\.g|i\.e|etc|vs|cf|approx|incl|resp|fig|eq|al)\.|(?<![\w.])[A-Z]\.)$"
)
ITEM = re.compile(r"\s*(?:(?:[-*+]|\d+[.)])\s|\|)")  # a list item or a table row starts here

# Words many rubrics need, named once. In a pattern or an `unless`, `{certainty}` stands for
# the ways of saying a thing is beyond doubt ("undoubtedly", "without question", "it is
# clear that"), `{negation}` for the words that deny what follows them, and
# `{not_premature}` for a check that what follows is not judged premature or made to wait
# for evidence later in its clause.
LEXICON = {
    "certainty": (
        r"(?:\b(?:undoubtedly|unquestionabl[ey]|undeniabl[ey]|indisputabl[ey]|incontestabl[ey]"
        r"|incontrovertibl[ey]|irrefutabl[ey]|unarguabl[ey]|inarguabl[ey]|indubitabl[ey]"
        r"|unmistakabl[ey]|unambiguously|surely|obviously|certainly|definitely|assuredly"
        r"|conclusively|categorically|evidently|patently|manifestly|undisputed)\b"
        r"|\b(?:no|little)\s+(?:doubt|question)\b|\bdoubtless\b"
        r"|\b(?:without|beyond)\s+(?:(?:any|all|a|the|reasonable|shadow\s+of)\s+){0,3}"
        r"(?:doubt|question|dispute|argument)\b"
        r"|\b(?:it\s+is|it's|it\s+was|that\s+is|this\s+is)\s+(?:now\s+|very\s+|quite\s+)?"
        r"(?:clear|obvious|evident|certain|undeniable|indisputable|plain|beyond\s+doubt)\s+that\b"
        r"|\bfor\s+(?:sure|certain)\b|(?<!make\s)(?<!makes\s)(?<!making\s)\bsure\s+to\b"
        r"|\b(?:certain|bound|guaranteed)\s+to\b|\bguarantee[sd]?\b)"
    ),
    # Put before a claim: the rest of its clause neither calls it premature, risky or a
    # mistake nor makes it wait for evidence ("... once a pilot confirms the gain"). The
    # rest is read up to 300 characters, as far as a clause is read back for `unless`,
    # and only where a word starts, as a claim does: tried at every position of a report,
    # an unbounded read made a long clause cost its length squared (seconds for a few
    # thousand characters without a full stop).
    "not_premature": (
        r"\b(?=\w)(?![^.!?;]{0,300}\b(?:premature\w*|too\s+(?:early|soon|risky|much)|risky|a\s+mistake"
        r"|unwise"
        r"|(?:only\s+)?(?:after|once|when|if|until|unless)\s+(?:a|the|our|we|it|they)\s+"
        r"[^.!?;]{0,40}(?:pilot|trial|test|comparison|confirm\w*|shows?|holds?))\b)"
    ),
    # A word that denies what follows, unless what it denies is a warning: "it is not
    # risky to switch", "there is no harm in switching" recommend the switch; or a doubt:
    # "without doubt", "no question" make what follows certain.
    "negation": (
        r"(?:n't\b|\b(?:not|no|never|neither|nor|nothing|none|nobody|cannot|without|hardly|barely"
        r"|scarcely)\b)"
        r"(?!\s+(?:(?:at\s+all|very|that|so|really|too)\s+)?(?:risky|dangerous|unsafe|wrong|unwise"
        r"|premature|(?:too\s+)?(?:early|soon)|a\s+(?:mistake|problem|risk)|(?:risk|harm|danger)"
        r")\s+(?:to|in)\b)"
        r"(?!\s+(?:(?:a|any|all|the|shadow\s+of\s+a|reasonable|real|much)\s+){0,3}"
        r"(?:doubts?|question|dispute|argument)\b)"
    ),
}
# Where a clause ends: a sentence's end, ; or : or a dash or a bracket, "but", and a comma
# with a word that joins another clause (", so", ", and"). An `unless` word spares a claim
# only when it stands in the claim's own clause, before it: "don't switch every queue" is
# no claim, but "switch every queue rather than wait" and "we are not sure, but switch
# every queue" are.
CLAUSE_END = re.compile(
    r"[.!?](?=\s)|[;:()]|\s[-–—]\s|\bbut\b"
    r"|,\s*(?:yet|so|and|then|or|while|whereas|though|although|which|because)\b"
)
# How far back a clause is read for an `unless` word.
CLAUSE_CHARS = 300


def unknown_word_lists(spec: WrittenSpec) -> list[str]:
    """The rubric's patterns that name a word list LEXICON lacks: a misspelt
    `{certainy}` reads as literal text, so the rule it is in never fires."""
    problems = []
    for line in (*spec.points, *spec.forbidden):
        patterns = [*line.patterns, *(line.unless if isinstance(line, RubricClaim) else ())]
        for name in sorted({n for p in patterns for n in PLACEHOLDER.findall(p)} - LEXICON.keys()):
            problems.append(
                f"the rubric line '{line.name}' names the word list {{{name}}}, which is not "
                f"one of {', '.join('{' + k + '}' for k in LEXICON)}: fix its spelling."
            )
    return problems


def expand(pattern: str) -> str:
    """A rubric pattern with each `{name}` of LEXICON written out."""
    for name, words in LEXICON.items():
        pattern = pattern.replace("{" + name + "}", words)
    return pattern


def claim_found(claim: RubricClaim, text: str) -> re.Match[str] | None:
    """Where the text (as `_plain_text` gives it) makes the forbidden claim: the first
    match of its patterns that no `unless` word before it, in its own clause, spares."""
    unless = [re.compile(expand(u), re.IGNORECASE) for u in claim.unless]
    for pattern in claim.patterns:
        found = re.compile(expand(pattern), re.IGNORECASE)
        hit = found.search(text)
        while hit is not None:
            floor = max(0, hit.start() - CLAUSE_CHARS)
            start = max(
                (m.end() for m in CLAUSE_END.finditer(text, floor, hit.start())), default=floor
            )
            # a match that begins with a sentence's end ("(?:^|[.!?]\s)...") has nothing before it
            opens = text[hit.start() : hit.start() + 1] in {".", "!", "?"}
            if opens or not any(u.search(text, start, hit.start()) for u in unless):
                return hit
            # spared: a later claim may start inside this one ("do not X, and X")
            hit = found.search(text, hit.start() + 1)
    return None


@dataclass(frozen=True)
class Known:
    """A number a report may state: its value, the patterns its sentence must hold
    (none: anywhere), and what it is, for messages."""

    value: float
    near: tuple[str, ...]
    what: str
    as_percent: bool = True


def facts_of(exercise: Exercise) -> list[Known]:
    """The results the report's numbers are checked against, computed by the host."""
    if not exercise.cases_path.is_file():
        return []
    facts = getattr(load_module(exercise), "FACTS", {})
    known = []
    for key, fact in dict(facts).items():
        if isinstance(fact, Fact):
            what = fact.what or str(key).replace("_", " ")
            known.append(Known(float(fact.value), fact.patterns(), what, fact.as_percent))
        else:
            known.append(Known(float(fact), (), str(key)))
    return known


def known_numbers(exercise: Exercise, statement: str) -> list[Known]:
    """FACTS, and the numbers of the `statement` (the exercise's README) unless cases.py
    sets STATEMENT_NUMBERS = False (then FACTS holds every number a report may state, each
    with its words)."""
    known = facts_of(exercise)
    module = load_module(exercise) if exercise.cases_path.is_file() else None
    if getattr(module, "STATEMENT_NUMBERS", True):
        known += [Known(n.value, (), "a number in the statement") for n in numbers_in(statement)]
    return known


@dataclass(frozen=True)
class StatedNumber:
    """A number as a text states it: its digits at text[start:stop] (a % sign may follow,
    up to `end`), its value, its decimals, and whether it is a percentage."""

    start: int
    stop: int
    end: int
    digits: str
    value: float
    decimals: int
    percent: bool

    @property
    def written(self) -> str:
        return self.digits + ("%" if self.percent else "")


def numbers_in(text: str, *, skip_versions: bool = True) -> Iterator[StatedNumber]:
    """Each number in the text, in order, in one pass. List markers ("1.") are not numbers,
    nor are versions (2.3.0) unless `skip_versions` is False: then a version is read as
    any text is, and its "2.3" is a number (as report mutants read it)."""
    blanked = LIST_MARKER.sub(lambda m: " " * len(m.group()), text)
    if skip_versions:
        blanked = VERSION.sub(lambda m: " " * len(m.group()), blanked)
    for match in NUMBER.finditer(blanked):
        digits = match.group(1)
        yield StatedNumber(
            start=match.start(1),
            stop=match.end(1),
            end=match.end(),
            digits=digits,
            value=float(digits.replace(",", "").replace("−", "-")),  # U+2212, the minus sign
            decimals=len(digits.split(".")[1]) if "." in digits else 0,
            percent=bool(match.group(2)),
        )


def stated_numbers(text: str) -> list[tuple[str, float, int, bool]]:
    """Each number in the text: as written, its value, its decimals, and whether it is a %."""
    return [(n.written, n.value, n.decimals, n.percent) for n in numbers_in(text)]


def _matches(
    value: float,
    decimals: int,
    percent: bool,
    known: float,
    tolerance: float,
    as_percent: bool = True,
) -> bool:
    """A stated number matches a known one if it is that number rounded as written
    (as a percentage too, unless `as_percent` is False). A whole number never stands for
    a proportion rounded to 0 or 1, a percentage is never a proportion's fraction with a
    % sign ("0.69%" for 0.69), and a size matches a signed change ("6 fewer" for -6), but
    a number written with a minus sign never matches a positive one (r = -0.59 for 0.59)."""
    if value < 0 < known:
        return False
    value, known = abs(value), abs(known)
    candidates = [known * 100, known] if percent else [known, known * 100]
    if (percent or decimals == 0) and 0 < known < 1:
        candidates = [known * 100]
    if not as_percent:  # only as itself, and never rounded to a whole number
        candidates = [] if percent or (decimals == 0 and 0 < known < 1) else [known]
    for candidate in candidates:
        step = 10.0**-decimals
        if abs(candidate - value) <= step / 2 + 1e-9:
            return True
        if math.isclose(candidate, value, rel_tol=tolerance, abs_tol=1e-12):
            return True
    return False


def sentence_spans(report: str) -> list[tuple[int, int]]:
    """Where each sentence is: paragraphs, list items and table rows, split after . ! or ?"""
    return [span for block in _blocks(report) for span in _split(report, block)]


def _numbers_said(report: str) -> Iterator[tuple[StatedNumber, str]]:
    """Each number in the report with what it is said with: its sentence and the one before
    it in the same paragraph or list item ("... an AUC of 0.975. Worst radius follows at
    0.97."), or its line when it is in a heading, and in a table row the heading of its
    column; as one line. The sentences are found once, for every number."""
    starts: list[int] = []  # sentences, in order; none overlaps another
    spans: list[tuple[int, int]] = []  # from the sentence before it in its block, to its end
    for block in _blocks(report):
        sentences = _split(report, block)
        for i, (start, end) in enumerate(sentences):
            starts.append(start)
            spans.append((sentences[max(i - 1, 0)][0], end))
    for number in numbers_in(report):
        # The last sentence that starts at or before it: the only one that can hold it.
        i = bisect.bisect_right(starts, number.start) - 1
        if i >= 0 and number.start < spans[i][1]:
            said = report[spans[i][0] : spans[i][1]]
        else:
            line_start = report.rfind("\n", 0, number.start) + 1
            line_end = report.find("\n", number.start)
            said = report[line_start : len(report) if line_end < 0 else line_end]
        yield number, " ".join(f"{_column_heading(report, number.start)} {said}".split())


def _column_heading(report: str, at: int) -> str:
    """For a position in a table row, the heading of its column (the table's first row
    says what the cells under it are); else nothing."""
    line_start = report.rfind("\n", 0, at) + 1
    if not report[line_start:at].lstrip().startswith("|"):
        return ""
    column = report[line_start:at].count("|")
    lines = report[:line_start].splitlines()
    first = line_start
    while lines and lines[-1].lstrip().startswith("|"):
        first -= len(lines.pop()) + 1
    end = report.find("\n", first)
    header = report[first : len(report) if end < 0 else end].split("|")
    return header[column] if first < line_start and column < len(header) else ""


TABLE_RULE = re.compile(r":?-+:?")  # a cell of the row under a table's headings


def _table_lines(text: str) -> Iterator[tuple[str, list[str] | None, list[str]]]:
    """Each line of the text, with the cells of a table's body row and its table's
    headings (no cells for any other line; a table's heading and rule rows are left out)."""
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.strip().startswith("|"):
            header = None
            yield line, None, []
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if header is None:
            header = cells
        elif not all(TABLE_RULE.fullmatch(c) for c in cells if c):
            yield line, cells, header


def table_rows(text: str) -> list[tuple[list[str], list[str]]]:
    """Each body row of the text's Markdown tables, as (its cells, its table's headings):
    for a `check` in cases.py, a figure in a table is said of what its row and its
    column name."""
    return [(cells, header) for _, cells, header in _table_lines(text) if cells is not None]


def untabled(text: str, sentence: Callable[[list[str], list[str]], str]) -> str:
    """The text with each table's body row written out as `sentence(cells, headings)`, in
    a block of its own (heading and rule rows left out): for a `check` in cases.py that
    reads sentences, a row says what its sentence would."""
    lines: list[str] = []
    for line, cells, header in _table_lines(text):
        lines += [line] if cells is None else ["", sentence(cells, header), ""]
    return "\n".join(lines)


def _blocks(report: str) -> list[tuple[int, int]]:
    """Paragraphs, list items and table rows; headings and blank lines end them."""
    block: tuple[int, int] | None = None
    blocks: list[tuple[int, int]] = []
    offset = 0
    for line in report.splitlines(keepends=True):
        content = line.strip()
        heading = bool(HEADING.match(line.rstrip("\n")))
        if not content or heading or ITEM.match(line):
            if block is not None:
                blocks.append(block)
            block = None
        if content and not heading:
            block = (block[0] if block else offset, offset + len(line.rstrip("\n")))
        offset += len(line)
    if block is not None:
        blocks.append(block)
    return blocks


def _split(report: str, block: tuple[int, int]) -> list[tuple[int, int]]:
    """The block's sentences; the full stop of an abbreviation ("e.g.", "vs.") or of an
    initial does not end one, so a number after it keeps the words before it."""
    start, end = block
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"\S.*?(?:[.!?](?=\s|$)|$)", report[start:end], re.DOTALL):
        if spans and ABBREVIATION.search(report[spans[-1][0] : spans[-1][1]]):
            spans[-1] = (spans[-1][0], start + m.end())
        else:
            spans.append((start + m.start(), start + m.end()))
    return spans


def _lines(text: str) -> list[str]:
    """The text's lines without trailing spaces, blank lines around it left out."""
    return [line.rstrip() for line in text.strip().splitlines()]


def judge_written(exercise: Exercise, report: str) -> list[CaseResult]:
    spec: WrittenSpec | None = exercise.meta.written
    assert spec is not None  # the catalog guarantees a [written] table
    words = len(WORD.findall(report))
    if words > READ_AT_MOST * spec.max_words or len(report) > READ_AT_MOST * spec.max_words * 10:
        # Matching every rubric line's phrases takes time in proportion to the text: a
        # report this far over its length (in words, or in characters at a generous ten
        # per word) is not read further.
        return [
            CaseResult(
                _length_name(spec),
                False,
                f"the report is far longer than the {spec.max_words} words allowed ({words:,} "
                f"words, {len(report):,} characters), so the rest of the rubric was not read: "
                f"shorten it to at most {spec.max_words} words",
            )
        ]
    if _lines(report) == _lines(exercise.starter()):
        # Its headings and TODO lines would meet a few rubric lines, a score for nothing.
        return [
            CaseResult(
                _length_name(spec),
                False,
                "this is the starter as it was given: write your report in place of its "
                "TODO lines, under its headings",
            )
        ]
    sections = section_texts(report)  # read once, for every rule that looks under a heading
    results = [
        _length(spec, words),
        *_sections(spec, sections),
        *_in_sentences(spec, sections),
        _numbers(exercise, spec, report),
        *_own_checks(exercise, report),
    ]
    lowered = _plain_text(report)
    for point in spec.points:
        if point.section is None:
            covered = any(re.search(expand(p), lowered, re.IGNORECASE) for p in point.patterns)
            missing = f"the report does not cover {point.name}"
        else:
            texts = [_plain_text(body) for body in _under(sections, point.section)]
            covered = any(
                re.search(expand(p), t, re.IGNORECASE) for p in point.patterns for t in texts
            )
            missing = (
                f"the section '{point.section}' does not say {point.name}: put each point "
                "under its own heading"
            )
        name = (
            f"covers: {point.name}"
            if point.section is None
            else f"says under '{point.section}': {point.name}"
        )
        results.append(CaseResult(name, covered, "" if covered else missing))
    # Quoted as written where lower case kept every position (it does, but for a few
    # letters outside ASCII).
    spaced = _spaced(report)
    quoted = spaced if len(spaced) == len(lowered) else lowered
    for claim in spec.forbidden:
        hit = claim_found(claim, lowered)
        results.append(
            CaseResult(
                f"does not claim: {claim.name}",
                hit is None,
                ""
                if hit is None
                else f"“{_context(quoted, hit.start(), hit.end())}” claims "
                f"{claim.name}; take it out, or say only what the facts you have can show",
            )
        )
    return results


def _plain_text(report: str) -> str:
    """The report as the patterns read it: lower case, one space for every run of white
    space (a line break must not hide a phrase), and a heading ended as a sentence is, so
    that its words never run into the sentence under it."""
    return _spaced(report).lower()


def _spaced(report: str) -> str:
    """`_plain_text` in the report's own case: what a quote of it shows."""
    ended = HEADING.sub(lambda heading: f"{heading.group(0)}.", report)
    return " ".join(ended.split())


def _own_checks(exercise: Exercise, report: str) -> list[CaseResult]:
    """Rubric lines an exercise computes itself (`check(report)` in cases.py: each line's
    name and None when it holds, else what is wrong), for what patterns cannot say:
    that a plan's hours add up."""
    check = getattr(load_module(exercise), "check", None) if exercise.cases_path.is_file() else None
    if check is None:
        return []
    try:
        found = check(report)
    except Exception as exc:
        raise ContentError(
            f"{exercise.cases_path}: check(report) raised {type(exc).__name__}: {exc}; "
            "fix the exercise's checks."
        ) from None
    if not isinstance(found, Mapping):
        raise ContentError(
            f"{exercise.cases_path}: check(report) returned {type(found).__name__}; it must "
            "return a dict of rubric line names, each to None when it holds or else to what "
            "is wrong."
        )
    lines = dict(found)
    return [
        CaseResult(str(name), problem is None, problem or "") for name, problem in lines.items()
    ]


# A report longer than this many times its maximum is judged on its length alone.
READ_AT_MOST = 4


def _length_name(spec: WrittenSpec) -> str:
    return f"length {spec.min_words} to {spec.max_words} words"


def _length(spec: WrittenSpec, words: int) -> CaseResult:
    ok = spec.min_words <= words <= spec.max_words
    return CaseResult(_length_name(spec), ok, "" if ok else f"the report has {words} words")


# Fewer words than this under a heading (up to the next one) leave its section empty.
MIN_SECTION_WORDS = 5


def section_spans(report: str) -> list[tuple[str, int, int]]:
    """Each heading's title (lower case) and where the text under it is: its subsections
    are part of it, so it ends at the next heading of its level or above."""
    spans: list[tuple[str, int, int]] = []
    open_: list[tuple[int, int]] = []  # the headings not yet ended: (level, index in spans)
    for heading in HEADING.finditer(report):
        level = len(heading.group(0)) - len(heading.group(0).lstrip("#"))
        # One pass, each heading ended once: a report of many headings is read in
        # linear time (one that rescanned the rest per heading took minutes).
        while open_ and open_[-1][0] >= level:
            ended = open_.pop()[1]
            title, start, _ = spans[ended]
            spans[ended] = (title, start, heading.start())
        spans.append((heading.group(1).strip().lower(), heading.end(), len(report)))
        open_.append((level, len(spans) - 1))
    return spans


def section_texts(report: str) -> list[tuple[str, str]]:
    """Each heading's title (lower case) with the text under it."""
    return [(title, report[start:end]) for title, start, end in section_spans(report)]


def _under(sections: list[tuple[str, str]], section: str) -> list[str]:
    """The texts under every heading (of `section_texts`) that holds `section`'s words."""
    return [body for title, body in sections if section.lower() in title]


def _sections(spec: WrittenSpec, sections: list[tuple[str, str]]) -> list[CaseResult]:
    bodies: dict[str, int] = {}  # each heading, lower case, with the words under it
    for title, body in sections:
        words = len([w for w in body.split() if not w.startswith("#")])
        bodies[title] = max(bodies.get(title, 0), words)
    results = []
    for section in spec.sections:
        under = [n for title, n in bodies.items() if section.lower() in title]
        if not under:
            message = f"add a heading '## {section}'"
        elif max(under) < MIN_SECTION_WORDS:
            message = f"the section '{section}' is empty: write what it asks under its heading"
        else:
            message = ""
        results.append(CaseResult(f"has a section: {section}", not message, message))
    return results


# A share said as a count: "7 in 10 tickets", "1 day in 9", "60 out of every 100".
SHARE_IN_WORDS = re.compile(
    # not inside a decimal ("3.5 in 10.5"), but at the end of a sentence ("7 in 10.")
    r"(?<![\w.])(\d+)\s+(?:[a-z]+\s+){0,2}(?:in|out\s+of)\s+(?:every\s+)?(\d+)(?!\w|\.\d)",
    re.IGNORECASE,
)
# How far such a share may be from the result, relatively, besides being it rounded to
# its count: "2 in 3" says 0.69 well enough, "1 in 2" does not.
SHARE_IN_WORDS_ERROR = 0.1


def _shares_in_words(
    report: str, known: list[Known], numbers: list[tuple[StatedNumber, str]]
) -> set[int]:
    """Where the numbers of each share said as a count begin, when the share is a result
    (a proportion, said with its words): those two numbers are that share, not counts.
    `numbers`: the report's numbers with what each is said with."""
    said = {number.start: text for number, text in numbers}
    found: set[int] = set()
    for match in SHARE_IN_WORDS.finditer(report):
        part, whole = int(match.group(1)), int(match.group(2))
        if not 0 < part <= whole:
            continue
        share = part / whole
        if any(
            0 < k.value < 1
            and abs(share - k.value) <= 0.5 / whole + 1e-9
            and abs(share - k.value) <= SHARE_IN_WORDS_ERROR * k.value
            # said as a count out of a whole, it is a share as plainly as "share" says it
            and all(
                re.search(p, f"{said.get(match.start(1), '')} share", re.IGNORECASE) for p in k.near
            )
            for k in known
        ):
            found |= {match.start(1), match.start(2)}
    return found


# A sentence has at least this many words: fewer make a keyword or a label.
SENTENCE_WORDS = 10
# ... and some of them tie the others together: a list of keywords and figures, however
# long, has almost none of these (2 in 15 words where a sentence of the same facts has 4).
FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for with from into than as is are was were be been being
    it its this that these those there we i you they he she our their and or but not no so
    if because while which who whom would could should can will may might must has have
    had do does did""".split()  # noqa: SIM905 - a list of words reads better as words
)
FUNCTION_SHARE = 0.15


def is_sentence(text: str) -> bool:
    """Whether `text` reads as a sentence rather than a list of keywords: enough words,
    and enough of them the small words that join a sentence."""
    return len(text.split()) >= SENTENCE_WORDS and is_joined(text)


def is_joined(text: str) -> bool:
    """Whether enough of the words of `text` are the small words that join a sentence."""
    words = [w.strip(".,;:!?()[]\"'*_`").lower() for w in text.split()]
    return sum(w in FUNCTION_WORDS for w in words) >= FUNCTION_SHARE * len(words)


def _in_sentences(spec: WrittenSpec, sections: list[tuple[str, str]]) -> list[CaseResult]:
    """Each section to be written in sentences holds one paragraph, list item or table
    row that reads as a sentence (`is_sentence`; where the section is missing, its
    section line says so)."""
    results = []
    for section in spec.in_sentences:
        texts = _under(sections, section)
        ok = not texts or any(is_sentence(body[a:b]) for body in texts for a, b in _blocks(body))
        message = (
            f"the section '{section}' is keywords, not sentences: say what each point is, "
            "with its number, and what it means"
        )
        results.append(CaseResult(f"'{section}' is said in sentences", ok, "" if ok else message))
    return results


def _numbers(exercise: Exercise, spec: WrittenSpec, report: str) -> CaseResult:
    statement = exercise.statement()
    known = known_numbers(exercise, statement)
    numbers = list(_numbers_said(report))
    shares = _shares_in_words(report, known, numbers)
    wrong: list[str] = []
    unsaid: list[str] = []  # the value of a result, in a sentence that does not say which
    for number, said in numbers:
        if number.start in shares:
            continue
        same = [
            k
            for k in known
            if _matches(
                number.value, number.decimals, number.percent, k.value, spec.tolerance, k.as_percent
            )
        ]
        if not same:
            fraction = number.percent and any(
                _matches(number.value, number.decimals, False, k.value, spec.tolerance, False)
                for k in known
                if 0 < k.value < 1
            )
            wrong.append(
                f"{number.written} (a share of {number.value:g} is {100 * number.value:g}%)"
                if fraction
                else number.written
            )
            continue
        if not any(all(re.search(p, said, re.IGNORECASE) for p in k.near) for k in same):
            unsaid.append(f"{number.written} ({' or '.join(sorted({k.what for k in same})[:2])})")
    versions = set(VERSION.findall(statement))
    wrong += [v for v in VERSION.findall(report) if v not in versions]
    if not wrong and not unsaid:
        return CaseResult("every number matches the results", True, "")
    problems = []
    if wrong:
        problems.append(
            f"{', '.join(wrong[:3])} {'does' if len(wrong) == 1 else 'do'} not match any "
            "result or any number in the statement: compute it again, or round it as the "
            "result rounds"
        )
    if unsaid:
        problems.append(
            f"{'; '.join(unsaid[:3])}: a number that matches a result only counts in a "
            "sentence that says what it is; name it next to the number, or check that the "
            "number is the one you meant"
        )
    return CaseResult("every number matches the results", False, "; and ".join(problems))


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = max(0, start - width)
    snippet = text[left : min(len(text), end + width)].replace("\n", " ")
    return ("…" if left else "") + snippet.strip() + ("…" if end + width < len(text) else "")
