"""The numbers a plan may use: weeks, hours within the budget, session lengths in hours
and minutes, and shares of the time, each with the word that says which it is; and the
check that the schedule adds up. A plan that states more than it has fails here."""

import re

from mldojo.grading.casekit import Fact

WEEKS, HOURS_PER_WEEK = 12, 6
HOURS, WEEK, SHARE = r"\bhours?\b", r"\bweeks?\b", r"%|percent|share|third|quarter|half"

FACTS = {
    **{f"week_{k}": Fact(k, WEEK) for k in range(1, WEEKS + 2)},  # week 13 is the start date
    **{f"hours_for_{k}_weeks": Fact(HOURS_PER_WEEK * k, HOURS) for k in range(1, WEEKS + 1)},
    **{f"session_{h / 2:g}_hours": Fact(h / 2, HOURS) for h in range(1, 2 * HOURS_PER_WEEK + 1)},
    **{f"sessions_{n}": Fact(n, r"sessions\b|evenings\b") for n in range(1, 8)},  # a week's
    **{f"minutes_{m}": Fact(m, r"\bmin") for m in range(5, 60 * HOURS_PER_WEEK + 1, 5)},
    **{f"share_{k}_of_12": Fact(k / WEEKS, SHARE) for k in range(1, WEEKS + 1)},
    "total_hours": Fact(WEEKS * HOURS_PER_WEEK, HOURS),
    "churn_rate": Fact(0.05, r"churn|%|percent"),
}
STATEMENT_NUMBERS = False  # every number a plan may state is above, with its words

# "Weeks 1 to 4 (24 hours)", "weeks 11 and 12, 12 hours"; "three sessions of 2 hours".
BLOCK = re.compile(
    r"\bweeks?\s+(\d+)\s*(-|–|to|through|and)\s*(\d+)\b\W{0,4}(\d+(?:\.\d+)?)\s*hours?\b",
    re.IGNORECASE,
)
COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1}
SESSIONS = re.compile(
    r"\b(\d+|one|two|three|four|five|six)\s+(?:[a-z-]+\s+){0,2}?sessions?\s+of\s+"
    r"(\d+(?:\.\d+)?)\s*hours?\b",
    re.IGNORECASE,
)


def check(report):
    """The schedule adds up: each block of weeks gets 6 hours for each of its weeks, all
    within weeks 1 to 12, and the sessions of a week fit in its 6 hours."""
    text = " ".join(report.split())
    problems = []
    for first, joined, last, hours in BLOCK.findall(text):
        first, last, hours = int(first), int(last), float(hours)
        weeks = len({first, last}) if joined == "and" else last - first + 1  # "9 and 12": 2
        if not 1 <= first <= last <= WEEKS:
            problems.append(f"weeks {first} to {last} are not a block within weeks 1 to {WEEKS}")
        elif hours != HOURS_PER_WEEK * weeks:
            problems.append(
                f"weeks {first} {joined} {last} are {weeks} weeks, so "
                f"{HOURS_PER_WEEK * weeks} hours at {HOURS_PER_WEEK} a week, not {hours:g}"
            )
    for count, length in SESSIONS.findall(text):
        sessions = COUNT.get(count.lower()) or int(count)
        if sessions * float(length) > HOURS_PER_WEEK:
            problems.append(
                f"{count} sessions of {length} hours are {sessions * float(length):g} hours, "
                f"more than the {HOURS_PER_WEEK} a week you have"
            )
    return {"the schedule adds up (6 hours for each week of a block, sessions within a week)":
            "; ".join(problems) or None}
