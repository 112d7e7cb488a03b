"""The numbers a plan may use: weeks, hours within the budget, session lengths in hours
and minutes, and shares of the time, each with the word that says which it is; and the
checks that the schedule adds up (blocks, sessions, evenings and the total within 6
hours a week) and that each checkpoint comes after the block that teaches it. A plan
that states more than it has fails here."""

import re

from mldojo.grading.casekit import Fact

WEEKS, HOURS_PER_WEEK = 12, 6
# A schedule may be a table: a row that opens with its weeks ("| 1–4 | 24 | ... |") says
# its weeks, and its hours in the next cell, as plainly as a sentence does.
ROW_WEEKS = r"^\|\s*(?:weeks?\s+)?\d+\s*(?:(?:-|–|to|and|through)\s*\d+\s*)?\|"
HOURS = r"\bhours?\b|\bhrs?\b|" + ROW_WEEKS + r"\s*\d+(?:\.\d+)?\s*(?:h\s*)?\|"
WEEK = r"\bweeks?\b|" + ROW_WEEKS
SHARE = r"%|percent|share|third|quarter|half"

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

# "Weeks 1 to 4 (24 hours)", "weeks 11 and 12, 12 hours", "Week 12: 6 hours of catch-up".
WEEKS_SAID = re.compile(
    r"\bweeks?\s+(\d+)(?:\s*(-|–|to|through|and)\s*(?:week\s+)?(\d+))?\b", re.IGNORECASE)
HOURS_SAID = re.compile(r"(\d+(?:\.\d+)?)\s*(?:-\s*)?(?:hours?|hrs?)\b", re.IGNORECASE)
PER_WEEK = re.compile(r"^\s*(?:(?:a|per|each|every)\s+|/\s*)week", re.IGNORECASE)
COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1}
SESSIONS = re.compile(
    r"\b(\d+|one|two|three|four|five|six)\s+(?:[a-z-]+\s+){0,2}?sessions?\s+of\s+"
    r"(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b",
    re.IGNORECASE,
)
# "three 3-hour sessions", "two 2.5-hour evening sessions"
SIZED_SESSIONS = re.compile(
    r"\b(\d+|one|two|three|four|five|six)\s+(\d+(?:\.\d+)?)[-\s](?:hours?|hrs?)\s+(?:[a-z-]+\s+)?"
    r"(?:sessions?|evenings?|blocks?)\b",
    re.IGNORECASE,
)
# "... and one of 3 hours": more sessions in the same week, added to the ones before.
MORE_SESSIONS = re.compile(
    r"^\s*(?:,\s*)?(?:and|plus|,)\s+(\d+|one|two|three|four|five|six)\s+(?:more\s+)?"
    r"(?:[a-z-]+\s+)?(?:sessions?\s+)?of\s+(\d+(?:\.\d+)?)\s*(?:hours?|hrs?)\b",
    re.IGNORECASE,
)
TOTAL = re.compile(
    r"(\d+)\s*(?:hours?|hrs?)\s+(?:of\s+study\s+)?(?:in\s+all|in\s+total|total|overall|altogether"
    r"|over\s+(?:the\s+)?(?:12|twelve)\s+weeks)|\btotal\s+(?:of\s+)?(\d+)\s*(?:hours?|hrs?)",
    re.IGNORECASE)
# Hours a day add up: 2 hours each weekday evening are 10 hours a week.
DAILY = re.compile(
    r"(\d+(?:\.\d+)?)\s*(hours?|hrs?|minutes?)\s+(?:on\s+)?(?:(?:each|every|a|per)\s+"
    r"(weekday\s+evening|weekday\s+night|weekday|working\s+day|workday|weeknight|evening|night"
    r"|day)|(daily))\b", re.IGNORECASE)
# The evenings are weekday evenings: five a week.
DAYS = {"weekday": 5, "working day": 5, "workday": 5, "day": 7, "daily": 7,
        "weekday evening": 5, "weekday night": 5, "weeknight": 5, "evening": 5, "night": 5}
# What each of the lead's three areas is called in a plan.
AREAS = {
    "evaluation work (splits, cross-validation, metrics)": re.compile(
        r"cross[-\s]?validat|precision|recall|pr[-\s]?auc|\broc\b|\bf1\b|metrics?\b|imbalanc"
        r"|confusion\s+matrix|\bbaseline|compar\w*\s+(?:two\s+)?models", re.IGNORECASE),
    "code work (git, pull requests, tests)": re.compile(
        r"pytest|unit\s+tests?|(?<!/)\btests?\b(?!\s+(?:set|split|data|rows))|pull\s+requests?"
        r"|\bgit\b|\bbranch", re.IGNORECASE),
    "production work (batch scoring, drift)": re.compile(
        r"\bbatch\b|scoring\s+(?:job|script)|scores\s+a\s+new|\bdrift|\bmonitor|\bdeploy",
        re.IGNORECASE),
}
CHECKPOINT = re.compile(r"\bweek\s+(\d+)\b", re.IGNORECASE)


def _sentences(text):
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(text.split())) if s]


def _blocks(report):
    """Each block of weeks with the hours the plan gives it: (first, last, hours, as said)."""
    blocks = []
    for sentence in _sentences(report):
        for match in WEEKS_SAID.finditer(sentence):
            following = WEEKS_SAID.search(sentence, match.end())
            rest = sentence[match.end(): following.start() if following else None][:80]
            hours = HOURS_SAID.search(rest)
            if not hours or re.search(r"\bof\s*$", rest[: hours.start()]) or PER_WEEK.match(
                    rest[hours.end():]):
                continue  # no hours, a session's length ("sessions of 2 hours"), or a week's
            first = int(match.group(1))
            last = int(match.group(3)) if match.group(3) else first
            weeks = len({first, last}) if match.group(2) == "and" else last - first + 1
            blocks.append((first, last, weeks, float(hours.group(1)),
                           f"{match.group(0)}{rest[: hours.end()]}"))
    return blocks


TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
RANGE = re.compile(r"^\s*(?:weeks?\s+)?(\d+)\s*(?:(-|–|to|and|through)\s*(?:week\s+)?(\d+))?\s*$",
                   re.IGNORECASE)


def _table_blocks(report):
    """Blocks of weeks given as table rows, under a header that names weeks and hours."""
    blocks, columns = [], None
    for line in report.splitlines():
        row = TABLE_ROW.match(line)
        if not row:
            columns = None
            continue
        cells = [c.strip() for c in row.group(1).split("|")]
        if columns is None:
            week = [i for i, c in enumerate(cells) if re.search(r"\bweeks?\b", c, re.I)]
            hour = [i for i, c in enumerate(cells) if re.search(r"\bhours?\b|\bhrs?\b", c, re.I)]
            columns = (week[0], hour[0]) if week and hour else ()
            continue
        if not columns or max(columns) >= len(cells):
            continue
        weeks, hours = RANGE.match(cells[columns[0]]), re.match(
            r"^\s*(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)?\s*$", cells[columns[1]], re.I)
        if weeks and hours:
            first = int(weeks.group(1))
            last = int(weeks.group(3)) if weeks.group(3) else first
            count = len({first, last}) if weeks.group(2) == "and" else last - first + 1
            blocks.append((first, last, count, float(hours.group(1)),
                           f"weeks {cells[columns[0]]}: {cells[columns[1]]} hours"))
    return blocks


DAY_COUNT = re.compile(r"\b(one|two|three|four|five|six|seven|[1-7])\s+(?:[a-z]+\s+)?"
                       r"(?:evenings|nights|days|times|weeknights|weekdays|sessions)\b", re.IGNORECASE)
DAY_NAME = re.compile(r"\b(mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b", re.IGNORECASE)
DAY_RANGE = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)\w*\s*(?:-|–|to|through)\s*"
                       r"(?:mon|tue|wed|thu|fri|sat|sun)\w*", re.IGNORECASE)
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _days_said(text, match):
    """How many evenings a week the sentence of `match` gives to its hours, where it says:
    "2 hours a night, three nights a week" is 6 hours, not 10."""
    start = max(text.rfind(". ", 0, match.start()), 0)
    end = text.find(". ", match.end())
    sentence = text[start: len(text) if end < 0 else end]
    if DAY_RANGE.search(sentence):
        return None
    count = DAY_COUNT.search(sentence)
    if count:
        word = count.group(1).lower()
        return NUMBERS.get(word) or int(word)
    names = {m.group(1).lower()[:3] for m in DAY_NAME.finditer(sentence)}
    return len(names) or None


# A block said by its length: "the first three weeks (18 hours)", "the last 2 weeks, 12
# hours". Two such blocks in one sentence let their hours change places unseen.
WEEK_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
WEEKS_IN_WORDS = re.compile(
    r"\b(?:first|last|final|next|remaining|closing|opening)\s+(\d+|"
    + "|".join(WEEK_COUNTS) + r")\s+weeks\b", re.IGNORECASE)


def _blocks_in_words(report):
    """Blocks said by their length, with their hours: (weeks, hours, as said)."""
    blocks = []
    for sentence in _sentences(report):
        for match in WEEKS_IN_WORDS.finditer(sentence):
            following = WEEKS_IN_WORDS.search(sentence, match.end())
            following = WEEKS_SAID.search(sentence, match.end()) if not following else following
            rest = sentence[match.end(): following.start() if following else None][:60]
            hours = HOURS_SAID.search(rest)
            if not hours or re.search(r"\bof\s*$", rest[: hours.start()]) or PER_WEEK.match(
                    rest[hours.end():]) or re.match(r"\s*(?:[a-z]+\s+)?sessions?\b",
                                                    rest[hours.end():], re.IGNORECASE):
                continue  # a session's length ("3-hour sessions"), or a week's hours
            count = match.group(1).lower()
            weeks = WEEK_COUNTS.get(count) or int(count)
            blocks.append((weeks, float(hours.group(1)), f"{match.group(0)}{rest[: hours.end()]}"))
    return blocks


def _schedule(report):
    text = " ".join(report.split())
    problems = []
    blocks = _blocks(report) + _table_blocks(report)
    for weeks, hours, said in _blocks_in_words(report):
        if hours != HOURS_PER_WEEK * weeks:
            problems.append(f"“{said}”: {weeks} week{'s' if weeks > 1 else ''} at "
                            f"{HOURS_PER_WEEK} hours a week are {HOURS_PER_WEEK * weeks} hours")
    for first, last, weeks, hours, said in blocks:
        if not 1 <= first <= last <= WEEKS:
            problems.append(f"“{said}”: the weeks to plan are weeks 1 to {WEEKS}")
        elif hours != HOURS_PER_WEEK * weeks:
            problems.append(f"“{said}”: {weeks} week{'s' if weeks > 1 else ''} at "
                            f"{HOURS_PER_WEEK} hours a week are {HOURS_PER_WEEK * weeks} hours")
    # Two blocks that share a week plan its hours twice; a summary of all twelve is no block.
    spans = sorted({(f, la) for f, la, *_ in blocks if (f, la) != (1, WEEKS) and f <= la})
    for (f1, l1), (f2, l2) in zip(spans, spans[1:]):
        if f2 <= l1:
            problems.append(f"weeks {f1} to {l1} and weeks {f2} to {l2} share week {f2}: its "
                            f"{HOURS_PER_WEEK} hours cannot go to both")
    for match in [*SESSIONS.finditer(text), *SIZED_SESSIONS.finditer(text)]:
        count, length = match.groups()
        hours = (COUNT.get(count.lower()) or int(count)) * float(length)
        said, end = match.group(0), match.end()
        while more := MORE_SESSIONS.match(text[end:]):
            hours += (COUNT.get(more.group(1).lower()) or int(more.group(1))) * float(more.group(2))
            said, end = said + more.group(0), end + more.end()
        if hours > HOURS_PER_WEEK:
            problems.append(
                f"“{said.strip()}” {'is' if said == match.group(0) else 'are'} {hours:g} hours, "
                f"more than the {HOURS_PER_WEEK} a week you have"
            )
    for match in DAILY.finditer(text):
        size = float(match.group(1)) / (60 if match.group(2).lower().startswith("min") else 1)
        days = DAYS[" ".join((match.group(3) or match.group(4)).lower().split())]
        days = _days_said(text, match) or days
        if size * days > HOURS_PER_WEEK:
            problems.append(f"“{match.group(0)}” is {size * days:g} hours a week, more than the "
                            f"{HOURS_PER_WEEK} you have")
    for match in TOTAL.finditer(text):
        total = int(match.group(1) or match.group(2))
        if total != WEEKS * HOURS_PER_WEEK:
            problems.append(f"“{match.group(0)}”: {WEEKS} weeks at {HOURS_PER_WEEK} hours are "
                            f"{WEEKS * HOURS_PER_WEEK} hours in all")
    return problems


def _section(report, name):
    match = re.search(rf"^#+\s*{name}\b.*?$(.*?)(?=^#|\Z)", report,
                      re.IGNORECASE | re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


def _items(text):
    """List items and paragraphs, each as one line."""
    parts = re.split(r"\n\s*\n|^\s*(?:[-*+]|\d+[.)])\s", text, flags=re.MULTILINE)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _order(report):
    """Checkpoints that check off an area before the plan starts teaching it."""
    starts = {}
    for item in _items(_section(report, "Plan")):
        weeks = WEEKS_SAID.search(item)
        if not weeks:
            continue
        for area, words in AREAS.items():
            if words.search(item):
                starts[area] = min(starts.get(area, WEEKS + 1), int(weeks.group(1)))
    problems = []
    for item in _items(_section(report, "Checkpoints")):
        for match in CHECKPOINT.finditer(item):
            # The checkpoint's words: up to the next week named in the item.
            following = CHECKPOINT.search(item, match.end())
            said = item[match.start(): following.start() if following else None]
            if int(match.group(1)) > WEEKS:
                problems.append(f"“{' '.join(said.split()[:6])}…”: week {match.group(1)} is "
                                f"after the {WEEKS} weeks of the plan; a checkpoint falls in "
                                f"weeks 1 to {WEEKS}, while there is time to act on it")
                continue
            for area, words in AREAS.items():
                if words.search(said) and starts.get(area, 0) > int(match.group(1)):
                    quoted = " ".join(said.split()[:8])
                    problems.append(f"“{quoted}…” checks off {area} by week "
                                    f"{match.group(1)}, but the plan starts it in week "
                                    f"{starts[area]}")
    return problems


def check(report):
    """The schedule adds up: each block of weeks gets 6 hours for each of its weeks, all
    within weeks 1 to 12, no week in two blocks, the sessions of a week (or its evenings)
    fit in its 6 hours, and the total is 72; and each checkpoint comes after the block that
    teaches what it checks."""
    schedule, order = _schedule(report), _order(report)
    return {
        "the schedule adds up (6 hours for each week of a block, sessions within a week)":
            "; ".join(schedule[:3]) or None,
        "each checkpoint comes after the block that teaches it": "; ".join(order[:3]) or None,
    }
