"""Mutants of answers that are read rather than run: a choice, a formula, a report.

- choice: every wrong set of options is a mutant (each other letter for a single
  choice; every other non-empty set when several are to be chosen).
- symbolic: the reference's ANSWER formula with one operator, constant, sign,
  function (exp -> log, sin -> cos, f(x) -> x) or symbol changed. Equivalent:
  the same SymPy expression, in SymPy's automatic canonical form, as the
  reference's or an earlier mutant's (no simplification is tried, so a mutant
  is never dropped because it happens to be equal after algebra).
- written: the reference report with one required section dropped, the
  sentences covering one key point dropped, one stated number changed (its
  last digit up by one; a seed such as `random_state=0` is left alone), or one
  forbidden claim added. Equivalent: the same text, white space aside, as the
  reference or an earlier mutant.
"""

from __future__ import annotations

import ast
import itertools
import math
import re
import warnings
from collections.abc import Iterator
from typing import Any

from mldojo.catalog.exercise import Exercise
from mldojo.catalog.schema import RubricClaim
from mldojo.errors import ContentError
from mldojo.grading.mutants import Mutant, MutantSet, mutated_source, slots
from mldojo.grading.mutation_operators import find_sites
from mldojo.grading.written import (
    HEADING,
    LIST_MARKER,
    claim_found,
    expand,
    numbers_in,
    section_spans,
    sentence_spans,
)
from mldojo.syntax import parse_expression, parse_module

with warnings.catch_warnings():  # the parser `re` itself uses, under its public names
    warnings.simplefilter("ignore", DeprecationWarning)
    import sre_constants as sre
    import sre_parse


def _answer(exercise: Exercise) -> tuple[ast.Module, ast.Constant, str]:
    """The reference module, the string constant assigned to the entry, and its text."""
    tree = parse_module(exercise.solution_source())
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == exercise.meta.entry for t in node.targets)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            return tree, node.value, node.value.value
    raise ContentError(
        f"{exercise.solution_path} does not set {exercise.meta.entry} to a string: write "
        f'the reference as {exercise.meta.entry} = "..." so its mutants can be made.'
    )


def _with_answer(tree: ast.Module, answer: ast.Constant, value: str) -> str:
    old = answer.value
    answer.value = value
    try:
        return ast.unparse(tree)
    finally:
        answer.value = old


def choice_mutants(exercise: Exercise) -> MutantSet:
    spec = exercise.meta.choice
    assert spec is not None  # the catalog guarantees a [choice] table
    tree, answer, reference = _answer(exercise)
    keys = [o.key for o in spec.options]
    right = {o.key for o in spec.options if o.correct}
    sizes = range(1, len(keys) + 1) if spec.multiple else (1,)
    mutants = []
    for size in sizes:
        for chosen in itertools.combinations(keys, size):
            if set(chosen) == right:
                continue
            letters = "".join(chosen)
            mutants.append(
                Mutant(
                    answer.lineno,
                    answer.col_offset + 1,
                    f"line {answer.lineno}: `{reference}` -> `{letters}`",
                    _with_answer(tree, answer, letters),
                    "choice",
                )
            )
    return MutantSet(tuple(mutants))


def symbolic_mutants(exercise: Exercise) -> MutantSet:
    from sympy.parsing.sympy_parser import parse_expr

    from mldojo.grading.symbolic import symbols_of

    spec = exercise.meta.symbolic
    assert spec is not None  # the catalog guarantees a [symbolic] table
    tree, answer, reference = _answer(exercise)
    try:
        formula = parse_expression(reference)
    except SyntaxError:
        raise ContentError(
            f"{exercise.solution_path}: the reference {exercise.meta.entry} "
            f"'{reference}' is not written as Python (a '*' or '**' is missing): write it "
            "so, and its mutants can be made."
        ) from None
    names = symbols_of(exercise)

    def parsed(text: str) -> Any:
        return parse_expr(text, local_dict=dict(names))

    seen = {parsed(reference)}
    found = slots(formula)
    mutants, invalid, equivalent = [], 0, 0
    for site in find_sites(found, symbols=tuple(spec.symbols)):
        text = mutated_source(formula, found, site)
        try:
            expression = parsed(text)
        except Exception:  # SymPy raises many kinds of errors on what it cannot read
            invalid += 1
            continue
        if expression in seen:
            equivalent += 1
            continue
        seen.add(expression)
        description = f"line {answer.lineno}: `{site.old}` -> `{site.new}`"
        if site.dropped:
            description = f"line {answer.lineno}: dropped `{site.old}`"
        column = answer.col_offset + 1 + site.column
        source = _with_answer(tree, answer, text)
        mutants.append(Mutant(answer.lineno, column, description, source, site.family))
    return MutantSet(tuple(mutants), invalid, equivalent)


def written_mutants(exercise: Exercise) -> MutantSet:
    spec = exercise.meta.written
    assert spec is not None  # the catalog guarantees a [written] table
    report = exercise.solution_source()
    candidates: list[tuple[int, str, str, str]] = []  # line, description, text, family
    for section in spec.sections:
        candidates.extend(_without_section(report, section))
    for point in spec.points:
        candidates.extend(_without_point(report, point.name, point.patterns, point.section))
    candidates.extend(_numbers_changed(report, spec.tolerance))
    invalid = 0
    for claim in spec.forbidden:
        added = _with_claim(report, claim)
        if added is None:
            invalid += 1
        else:
            candidates.append(added)
    seen = {_plain(report)}
    mutants, equivalent = [], 0
    for line, description, text, family in candidates:
        if _plain(text) in seen:
            equivalent += 1
            continue
        seen.add(_plain(text))
        mutants.append(Mutant(line, 1, description, text, family))
    return MutantSet(tuple(mutants), invalid, equivalent)


def _plain(text: str) -> str:
    """The text as the rubric reads it: runs of spaces and of blank lines are one."""
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _without_section(report: str, section: str) -> Iterator[tuple[int, str, str, str]]:
    headings = list(HEADING.finditer(report))
    for i, heading in enumerate(headings):
        if section.lower() not in heading.group(1).lower():
            continue
        level = len(heading.group(0)) - len(heading.group(0).lstrip("#"))
        end = next(
            (
                h.start()
                for h in headings[i + 1 :]
                if len(h.group(0)) - len(h.group(0).lstrip("#")) <= level
            ),
            len(report),
        )
        line = _line_of(report, heading.start())
        text = report[: heading.start()] + report[end:]
        yield line, f"line {line}: dropped the section '{section}'", text, "section"
        return


def _without_point(
    report: str, name: str, patterns: list[str], section: str | None = None
) -> Iterator[tuple[int, str, str, str]]:
    """The report without every sentence in which the point is found (under its section,
    for a point that must be made there)."""
    text, first_line, dropped = report, 0, 0
    for _ in range(50):  # each pass drops at least one sentence, or stops
        collapsed, where = _collapsed(text)
        allowed = [(0, len(text))]
        if section is not None:
            allowed = [(a, b) for title, a, b in section_spans(text) if section.lower() in title]
        hits = (
            m
            for p in patterns
            for m in re.finditer(expand(p), collapsed, re.IGNORECASE)
            if m.end() > m.start() and any(a <= where[m.start()] < b for a, b in allowed)
        )
        hit = next(hits, None)
        if hit is None:
            break
        start, end = where[hit.start()], where[hit.end() - 1] + 1
        spans = [(a, b) for a, b in sentence_spans(text) if a < end and start < b]
        if not spans:
            break  # found in a heading: the mutant keeps it there
        if not dropped:
            first_line = _line_of(text, spans[0][0])
        for a, b in reversed(spans):
            text = text[:a] + text[b:]
        dropped += len(spans)
    if dropped:
        sentences = "sentence" if dropped == 1 else "sentences"
        description = f"line {first_line}: dropped the {dropped} {sentences} covering '{name}'"
        yield first_line, description, text, "key point"


def _collapsed(text: str) -> tuple[str, list[int]]:
    """The text with each run of white space as one space, as the rubric reads it, and
    where each of its characters is in the original."""
    parts: list[str] = []
    where: list[int] = []
    for word in re.finditer(r"\S+", text):
        if parts:
            parts.append(" ")
            where.append(word.start() - 1)
        parts.append(word.group())
        where.extend(range(word.start(), word.end()))
    return "".join(parts), where


# A seed in a report's code (`seed=0`, `random_state=1`): any seed is as good as another.
SEED = re.compile(r"\b(?:seed|random_state)\s*=\s*$")


def _numbers_changed(report: str, tolerance: float) -> Iterator[tuple[int, str, str, str]]:
    """Each stated number made wrong: up by one in its last digit, or past the rubric's
    relative tolerance when that is more (2,000 -> 2,001 is within rounding by design).
    Seeds are left as they are, as in Python references."""
    # The text as `numbers_in` reads it (list markers blanked): seeds are found and
    # numbers shown in it. Versions are read as text: "2.3.0" -> "2.4.0" is a mutant.
    blanked = LIST_MARKER.sub(lambda m: " " * len(m.group()), report)
    for number in numbers_in(report, skip_versions=False):
        if SEED.search(blanked, max(0, number.start - 40), number.start):
            continue
        old, decimals = number.value, number.decimals
        unit = 10.0**-decimals
        value = old + max(unit, math.ceil(abs(old) * 2 * tolerance / unit) * unit)
        new = f"{value:,.{decimals}f}" if "," in number.digits else f"{value:.{decimals}f}"
        line = _line_of(report, number.start)
        text = report[: number.start] + new + report[number.stop :]
        shown = f"`{blanked[number.start : number.end]}` -> `{new}{'%' if number.percent else ''}`"
        yield line, f"line {line}: {shown}", text, "number"


def _with_claim(report: str, claim: RubricClaim) -> tuple[int, str, str, str] | None:
    """The report with one more sentence, the plainest one that makes the claim."""
    for pattern in claim.patterns:
        said = plainest_match(expand(pattern))
        if not said:
            continue
        text = f"{report.rstrip()}\n\n{said[:1].upper()}{said[1:]}.\n"
        if claim_found(claim, " ".join(text.split()).lower()):
            line = report.rstrip().count("\n") + 3
            return (
                line,
                f"line {line}: added the claim '{claim.name}': “{said}”",
                text,
                "forbidden claim",
            )
    return None


def plainest_match(pattern: str) -> str | None:
    """The plainest text `pattern` finds: the first alternative of each choice, the
    fewest repeats, a space for white space, a letter for any other character, and
    look-arounds left to the check that follows. (String generators such as rstr draw
    at random: runs of control characters for `\\s+`, noise for `.{0,40}`.)"""
    try:
        parsed = sre_parse.parse(pattern)
    except re.error:
        return None
    text = _plainest(parsed.data)
    if text is None or not re.search(pattern, text, re.IGNORECASE):
        return None
    return " ".join(text.split())


def _plainest(items: list[Any]) -> str | None:
    out = []
    for op, value in items:
        if op is sre.LITERAL:
            out.append(chr(value))
        elif op in (sre.NOT_LITERAL, sre.ANY):
            out.append("a" if value != ord("a") else "e")
        elif op is sre.IN:
            out.append(_one_of(value))
        elif op is sre.CATEGORY:
            out.append(_one_of([(op, value)]))
        elif op is sre.BRANCH:
            out.append(_plainest(list(value[1][0])) or "")
        elif op is sre.SUBPATTERN:
            out.append(_plainest(list(value[-1])) or "")
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            low, _, item = value
            out.append((_plainest(list(item)) or "") * low)
        elif op is sre.AT and value is sre.AT_BOUNDARY and "".join(out)[-1:].isalnum():
            out.append(" ")  # `catch\b.{0,40}fraud`: a word ends here
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # other anchors and look-arounds: the final search decides
        else:
            return None  # back-references and the like: no plain text
    return "".join(out)


def _one_of(choices: list[Any]) -> str:
    """A character from a set: a letter, a digit or a space as the set asks."""
    words = {sre.CATEGORY_DIGIT: "1", sre.CATEGORY_SPACE: " ", sre.CATEGORY_WORD: "a"}
    if choices and choices[0][0] is sre.NEGATE:
        excluded = {chr(v) for op, v in choices[1:] if op is sre.LITERAL}
        return next(c for c in "aex " if c not in excluded)
    op, value = choices[0]
    if op is sre.LITERAL:
        return str(chr(value))
    if op is sre.RANGE:
        return str(chr(value[0]))
    return words.get(value, "a" if value is not sre.CATEGORY_NOT_WORD else " ")
