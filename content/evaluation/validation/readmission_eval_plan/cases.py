"""The numbers a plan may compute from the statement, each with the words that say what
it is: a share of calls next to the calls, readmissions per week next to readmissions."""

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


# What each section must hold, so that the key points piled under one heading do not
# leave another section empty in substance: (a word of its heading, what it must say,
# a pattern of its text).
SECTION_TOPICS = [
    ("split", "how patients and time keep the test data apart",
     r"patient|time|year|20\d\d|fold|group|calendar|chronolog|temporal"),
    ("metric", "the metric the 40 weekly calls are judged on",
     r"\b(40|forty)\b|precision|recall|top|calls|ranked|highest"),
    ("features", "what happens to followup_visits_30d",
     r"follow[-_\s]?up|leak|after\s+discharge|column"),
    ("reporting", "the interval, the slices or the baseline",
     r"interval|bootstrap|confiden|uncertain|slice|hospital|\bage\b|\bsex\b|baseline|rule|compar|benchmark"),
]
HEADING_LINE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.MULTILINE)


def _section_bodies(report):
    """Each heading's title, lower case, with the text under it (subsections included)."""
    found = [(len(m.group(1)), m.group(2).lower(), m.start(), m.end())
             for m in HEADING_LINE.finditer(report)]
    bodies = []
    for i, (level, title, _, end) in enumerate(found):
        stop = next((start for deeper, _, start, _ in found[i + 1:] if deeper <= level),
                    len(report))
        bodies.append((title, " ".join(report[end:stop].split())))
    return bodies


def _sections_hold(report):
    """None when each section says what its heading asks, else which do not."""
    bodies = _section_bodies(report)
    problems = []
    for word, what, pattern in SECTION_TOPICS:
        under = [body for title, body in bodies if word in title]
        if under and not any(re.search(pattern, body, re.IGNORECASE) for body in under):
            problems.append(f"the section '{word}' does not say {what}")
    return "; ".join(problems) + ": put each point under its own heading" if problems else None


def check(report):
    """Each section says what its heading asks."""
    return {
        "each section holds what its heading asks": _sections_hold(report),
    }
