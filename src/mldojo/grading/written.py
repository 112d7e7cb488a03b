"""Written exercises: a short Markdown report judged line by line against a rubric.

The report is text: it is read, never run. The rubric (`[written]` in
exercise.toml) asks for sections, a length, key points and claims it must not
make; and every number the report states must match a result the host computed
itself (`FACTS` in cases.py) or a number the statement gave. Each rubric line
is one case in the verdict, so a learner sees exactly which line failed.
"""

from __future__ import annotations

import math
import re

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import WrittenSpec
from mldojo.grading.checks import load_module
from mldojo.grading.verdict import CaseResult

HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*#*\s*$", re.MULTILINE)
# A number as a person writes it: 0.87, 87%, 1,204, -3.5; list markers ("1.") aside.
NUMBER = re.compile(r"(?<![\w.])(-?\d{1,3}(?:,\d{3})+|-?\d+(?:\.\d+)?)(\s*%)?(?![\w])")
LIST_MARKER = re.compile(r"^\s*\d+[.)]\s", re.MULTILINE)
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’%.-]*")


def facts_of(exercise: Exercise) -> dict[str, float]:
    """The results the report's numbers are checked against, computed by the host."""
    if not exercise.cases_path.is_file():
        return {}
    facts = getattr(load_module(exercise), "FACTS", {})
    return {str(k): float(v) for k, v in dict(facts).items()}


def stated_numbers(text: str) -> list[tuple[str, float, int, bool]]:
    """Each number in the text: as written, its value, its decimals, and whether it is a %."""
    found = []
    for match in NUMBER.finditer(LIST_MARKER.sub(" ", text)):
        written, percent = match.group(1), bool(match.group(2))
        value = float(written.replace(",", ""))
        decimals = len(written.split(".")[1]) if "." in written else 0
        found.append((written + ("%" if percent else ""), value, decimals, percent))
    return found


def _matches(value: float, decimals: int, percent: bool, known: float, tolerance: float) -> bool:
    """A stated number matches a known one if it is that number rounded as written
    (as a percentage too). A whole number never stands for a proportion rounded to 0 or
    1, and a size matches a signed change ("6 fewer" for -6)."""
    value, known = abs(value), abs(known)
    candidates = [known * 100, known] if percent else [known, known * 100]
    if not percent and decimals == 0 and 0 < known < 1:
        candidates = [known * 100]
    for candidate in candidates:
        step = 10.0**-decimals
        if abs(candidate - value) <= step / 2 + 1e-9:
            return True
        if math.isclose(candidate, value, rel_tol=tolerance, abs_tol=1e-12):
            return True
    return False


def judge_written(exercise: Exercise, report: str) -> list[CaseResult]:
    spec: WrittenSpec | None = exercise.meta.written
    assert spec is not None  # the catalog guarantees a [written] table
    results = [_length(spec, report), *_sections(spec, report), _numbers(exercise, spec, report)]
    # One space for every run of white space: a line break must not hide a phrase.
    lowered = " ".join(report.split()).lower()
    for point in spec.points:
        covered = any(re.search(p, lowered, re.IGNORECASE) for p in point.patterns)
        results.append(
            CaseResult(
                f"covers: {point.name}",
                covered,
                "" if covered else f"the report does not cover {point.name}",
            )
        )
    for claim in spec.forbidden:
        hit = next((m for p in claim.patterns if (m := re.search(p, lowered, re.IGNORECASE))), None)
        results.append(
            CaseResult(
                f"does not claim: {claim.name}",
                hit is None,
                ""
                if hit is None
                else f"“{_context(lowered, hit.start(), hit.end())}” claims "
                f"{claim.name}; the results do not support that",
            )
        )
    return results


def _length(spec: WrittenSpec, report: str) -> CaseResult:
    words = len(WORD.findall(report))
    ok = spec.min_words <= words <= spec.max_words
    return CaseResult(
        f"length {spec.min_words} to {spec.max_words} words",
        ok,
        "" if ok else f"the report has {words} words",
    )


def _sections(spec: WrittenSpec, report: str) -> list[CaseResult]:
    headings = [h.strip().lower() for h in HEADING.findall(report)]
    results = []
    for section in spec.sections:
        found = any(section.lower() in heading for heading in headings)
        results.append(
            CaseResult(
                f"has a section: {section}", found, "" if found else f"add a heading '## {section}'"
            )
        )
    return results


def _numbers(exercise: Exercise, spec: WrittenSpec, report: str) -> CaseResult:
    facts = facts_of(exercise)
    given = [value for _, value, _, _ in stated_numbers(exercise.statement())]
    known = list(facts.values()) + given
    wrong = [
        written
        for written, value, decimals, percent in stated_numbers(report)
        if not any(_matches(value, decimals, percent, k, spec.tolerance) for k in known)
    ]
    if not wrong:
        return CaseResult("every number matches the results", True, "")
    return CaseResult(
        "every number matches the results",
        False,
        f"{', '.join(wrong[:3])} {'does' if len(wrong) == 1 else 'do'} not match "
        "any result or any number in the statement: compute it again, or round "
        "it as the result rounds",
    )


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    left = max(0, start - width)
    snippet = text[left : min(len(text), end + width)].replace("\n", " ")
    return ("…" if left else "") + snippet.strip() + ("…" if end + width < len(text) else "")
