"""The numbers a plan may compute from the statement, each with the words that say what
it is: a share of calls next to the calls, readmissions per week next to readmissions.
`check` adds what words cannot pin down: that a figure of one side of a pair (readmitted
or not, called or not, trained on or tested on) is not said of the other side."""

import re

from mldojo.grading.casekit import Fact

DISCHARGES, PATIENTS, HOSPITALS = 52_000, 23_000, 4
RATE = 0.12
WEEKLY, CALLS = 200, 40

READMIT = r"readmi|return|come back|came back|back in"
WEEK = r"week"

FACTS = {
    "call_share": Fact(CALLS / WEEKLY, r"call|reach|nurse|ring|top|highest|scores?|discharg"),
    "readmissions_per_week": Fact(RATE * WEEKLY, (READMIT, WEEK + r"|200")),  # 24
    "non_readmissions_per_week": Fact((1 - RATE) * WEEKLY, (r"not|never|no\b", WEEK)),  # 176
    "readmissions_among_random_calls": Fact(  # 4.8 if the calls were random
        RATE * CALLS, r"random|chance|blind|without a model|arbitrar|expect"
    ),
    "not_readmitted_share": Fact(1 - RATE, r"not|never|no\b|nobody|none|accura|majority"),
    "discharges_per_patient": Fact(DISCHARGES / PATIENTS, r"patient|per|each|average"),  # 2.3
    "readmissions_total": Fact(RATE * DISCHARGES, READMIT),  # 6,240
    "uncalled_per_week": Fact(WEEKLY - CALLS, r"call|not|rest|other|remaining"),  # 160
    "year_2020": 2020,
    "year_2021": 2021,
    "year_2022": 2022,
    "years": Fact(5, r"years"),
    "training_years": Fact(4, r"years|train"),
    "train_share_by_years": Fact(4 / 5, r"train|years|%|share"),
    "test_share_by_years": Fact(1 / 5, r"test|years|%|share|hold|held"),
    "one": 1,
}


# Figures that come in pairs, one for each side: the discharges readmitted (12%, 24 a
# week) and those that are not (88%, 176); the discharges the nurses call (20%, 40 a
# week) and those they do not (80%, 160); the years trained on (80%) and tested on (20%).
# A sentence that names both sides lets each figure pass for the other ("88% of
# discharges are readmitted and only 12% are not"): each figure here must be its side's,
# the side its clause says.
# Each side's figures: (percentages, counts).
READMITTED = {
    "yes": ({100 * RATE}, {RATE * WEEKLY, RATE * DISCHARGES}),
    "no": ({100 * (1 - RATE)}, {(1 - RATE) * WEEKLY}),
}
CALLED = {
    "yes": ({100 * CALLS / WEEKLY}, {CALLS}),
    "no": ({100 * (WEEKLY - CALLS) / WEEKLY}, {WEEKLY - CALLS}),
}
YEARS = {"train": ({80.0}, set()), "test": ({20.0}, set())}
NOT_READMITTED = (
    r"\b(?:not|never|n't|no|nobody|none|without)\b(?:\s+\w+){0,3}?\s+"
    r"(?:readmi|return|come\s+back|came\s+back|back)"
    r"|\b(?:are|were|is|was|do|did)\s+not\W*$|\bstay(?:s|ed)?\s+(?:home|out)"
)
NOT_CALLED = (
    r"\bthe\s+other\b|\bthe\s+rest\b|\bremaining\b|\bleft\s+(?:over|out|uncalled)"
    r"|\buncalled\b|\b(?:not|never|n't)\s+(?:be\s+|get\s+)?(?:called|reached|rung|contacted)"
    r"|\bwithout\s+a\s+call|\bno\s+call|\b(?:are|were|is|was)\s+not\W*$"
)
CLAUSE = re.compile(
    r",(?!\d{3})|[;:()]|\s(?:and|while|whereas|but|against|versus|vs\.?|compared)\s"
)
FIGURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent)?")


def _clause(sentence, start, end):
    low = max([0, *(m.end() for m in CLAUSE.finditer(sentence, 0, start))])
    found = CLAUSE.search(sentence, end)
    return sentence[low : found.start() if found else len(sentence)]


def _sides(pairs, figure, pct):
    """The sides of a pair whose figure this is, a percentage or a count as written."""
    value = float(figure.replace(",", ""))
    return [side for side, (shares, counts) in pairs.items()
            if any(abs(value - v) < 0.5 for v in (shares if pct else counts))]


def _swapped_sides(report):
    """Figures of one side of a pair said of the other side."""
    problems = []
    text = " ".join(report.split()).lower()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for match in FIGURE.finditer(sentence):
            figure, pct = match.group(1), match.group(2)
            clause = _clause(sentence, match.start(), match.end())
            if len({s for m in FIGURE.finditer(clause) for pairs in (READMITTED, CALLED)
                    for s in _sides(pairs, m.group(1), m.group(2))}) > 1:
                continue  # both sides in one clause ("a 12% base rate makes 'no' 88% right")
            # What a model predicts ("predicting that nobody returns is 88% right") is not
            # which discharges were readmitted.
            if re.search(READMIT, sentence) and not re.search(r"\bpredict|\bguess", clause):
                said = "no" if re.search(NOT_READMITTED, clause) else (
                    "yes" if re.search(READMIT, clause) else None)
                whose = _sides(READMITTED, figure, pct)
                if said and whose and said not in whose:
                    problems.append(
                        f"“{clause.strip()}”: {match.group(0).strip()} "
                        + ("are the discharges readmitted" if said == "no"
                           else "are the discharges not readmitted")
                        + f" ({100 * RATE:g}% of discharges are readmitted, "
                        f"{100 - 100 * RATE:g}% are not)")
                    continue
            if re.search(r"\bcall|\breach|\bring|nurse", sentence):
                said = "no" if re.search(NOT_CALLED, clause) else (
                    "yes" if re.search(r"\bcall|\breach|\bring", clause) else None)
                whose = _sides(CALLED, figure, pct)
                if said and whose and said not in whose:
                    problems.append(
                        f"“{clause.strip()}”: the nurses call {CALLS} of the {WEEKLY} "
                        f"discharges a week ({100 * CALLS / WEEKLY:g}%), and the other "
                        f"{WEEKLY - CALLS} ({100 - 100 * CALLS / WEEKLY:g}%) are not called")
                    continue
            if pct and re.search(r"\btrain|\btest|\bheld|\bhold", sentence):
                train = re.search(r"\btrain|\bfit", clause)
                test = re.search(r"\btest|\bheld|\bhold", clause)
                said = "train" if train and not test else "test" if test and not train else None
                whose = _sides(YEARS, figure, pct)
                if said and whose and said not in whose:
                    problems.append(
                        f"“{clause.strip()}”: the test year is 1 of the 5 years (20%), the "
                        "training years 4 of them (80%)")
    return problems


# The statement's counts, each with its noun: 52,000 discharges of 23,000 patients; about
# 200 discharges a week, of whom the nurses can call 40. Statement numbers count anywhere,
# so "23,000 discharges of 52,000 patients" or "discharge 40 a week and call 200" pass the
# numbers line.
COUNTS_SAID = [
    (re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:\w+\s+)?(?:patients|people)\b"),
     {PATIENTS}, {DISCHARGES}, f"the data hold {DISCHARGES:,} discharges of {PATIENTS:,} patients"),
    (re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s+(?:\w+\s+)?(?:discharges|rows|admissions)\b"),
     {DISCHARGES}, {PATIENTS}, f"the data hold {DISCHARGES:,} discharges of {PATIENTS:,} patients"),
    (re.compile(r"\bdischarg\w*\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(\d+)\b(?!\s*%)"),
     {WEEKLY}, {CALLS}, f"the hospitals discharge about {WEEKLY} patients a week and the "
     f"nurses call {CALLS}"),
    (re.compile(r"\b(?:call|ring|phone)\w*\s+(?:up\s+to\s+|about\s+|only\s+|just\s+)?"
                r"(\d+)\b(?!\s*%)"),
     {CALLS}, {WEEKLY}, f"the hospitals discharge about {WEEKLY} patients a week and the "
     f"nurses call {CALLS}"),
]


def _swapped_counts(report):
    """A count of the statement said with the noun of another."""
    problems = []
    text = " ".join(report.split()).lower()
    for pattern, own, other, fact in COUNTS_SAID:
        for match in pattern.finditer(text):
            value = int(match.group(1).replace(",", ""))
            if value in other and value not in own:
                problems.append(f"“{match.group(0)}”: {fact}")
    return problems


def check(report):
    """Each count is said with its own noun, and each figure of a pair of its own side:
    readmitted or not, called or not, training years or test year."""
    problems = _swapped_counts(report) + _swapped_sides(report)
    return {
        "each figure is said of what it counts (discharges or patients, readmitted or not, "
        "called or not, train or test)": "; ".join(problems[:3]) or None,
    }
