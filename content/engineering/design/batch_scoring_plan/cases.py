"""The results the design note's numbers are checked against, computed from the facts,
each with the words that say what it is: a number of partitions next to partitions, a
duration next to its unit, a cost next to its period, a time of day as a clock time in
the night's window. `check` adds what a sentence's words cannot pin down: the
partitions and the minutes given for a number of workers are that number's (in its
sentence or the next), the chosen workers come with the time their run takes, a figure
said with its unit ("625 worker-hours", "$192 a night") is that unit's, and the
night's clock times are not exchanged."""

import math
import re
from dataclasses import replace
from pathlib import Path

from mldojo.grading.casekit import Fact
from mldojo.grading.written import untabled

CUSTOMERS, PARTITIONS, PARTITION_ROWS = 36_000_000, 144, 250_000
SECONDS_PER_PARTITION = 400
WINDOW_S = 3 * 3600
FIRST_HOUR, LAST_HOUR = 1, 4  # features land at 01:00, scores are due at 04:00
FAILURE_RATE = 0.02
PRICE_PER_HOUR = 0.40
NIGHTS_PER_MONTH = 30
# Enough workers to finish in the window; per-second billing makes more of them cost the
# same, so any count up to one worker per partition is a fair choice.
MINIMUM_WORKERS = math.ceil(PARTITIONS * SECONDS_PER_PARTITION / WINDOW_S)
WORKER_COUNTS = sorted({*range(MINIMUM_WORKERS, 25), 36, 48, 72, PARTITIONS})

ROWS_PER_SECOND = PARTITION_ROWS / SECONDS_PER_PARTITION
WORKER_SECONDS = PARTITIONS * SECONDS_PER_PARTITION
EXPECTED_FAILURES = PARTITIONS * FAILURE_RATE
RETRY_SECONDS = EXPECTED_FAILURES * SECONDS_PER_PARTITION
UNITS = {"seconds": 1, "minutes": 60, "hours": 3600}

CUST = r"customers?|rows?|scores?|records|users|accounts"
PART = r"partitions?"
WORKERS = r"workers?|machines|nodes|instances"
FAIL = r"fail|lost|taken back|pre-?empt|reclaim"
RETRY = r"retr|re-?run|again|fail"
MONEY = r"\$|cost|price|bill|spend|budget"
SLACK = r"slack|leav|left|spare|margin|remain|buffer|headroom|room|inside|within"
UNIT = {"seconds": r"seconds?|\bs\b", "minutes": r"minutes?|\bmin\b", "hours": r"hours?|\bh\b"}


def _run(workers):
    """Wall time, in seconds, of the first attempt with `workers` workers (whole partitions)."""
    return math.ceil(PARTITIONS / workers) * SECONDS_PER_PARTITION


def _durations(name, seconds, near=()):
    """A duration in each unit, each said with its unit (and `near`)."""
    return {f"{name}_{unit}": Fact(seconds / size, (UNIT[unit], *near))
            for unit, size in UNITS.items()}


FACTS = {
    "customers": Fact(CUSTOMERS, CUST),
    # "36 million customers": the count in millions, said with "million" next to it.
    "customers_in_millions": Fact(
        CUSTOMERS / 1e6, (rf"\b{CUSTOMERS // 10**6}\s*(?:million|mn?)\b", CUST),
        what="the customers, in millions"),
    "partition_rows": Fact(PARTITION_ROWS, rf"{CUST}|partition"),
    "partitions": Fact(PARTITIONS, PART),
    **_durations("partition_time", SECONDS_PER_PARTITION),
    **_durations("window", WINDOW_S),
    "failure_rate": Fact(FAILURE_RATE, FAIL),
    "price_per_hour": Fact(PRICE_PER_HOUR, (MONEY, r"hour")),
    "nights_per_month": Fact(NIGHTS_PER_MONTH, r"month|nights"),
    "rows_per_second_per_worker": Fact(ROWS_PER_SECOND, r"second|/s\b"),
    "rows_per_minute_per_worker": Fact(ROWS_PER_SECOND * 60, r"minute"),
    "rows_per_hour_per_worker": Fact(ROWS_PER_SECOND * 3600, r"hour"),
    "partitions_per_hour_per_worker": Fact(3600 / SECONDS_PER_PARTITION, (PART, r"hour")),
    "partitions_per_window_per_worker": Fact(WINDOW_S / SECONDS_PER_PARTITION, PART),
    **_durations("worker", WORKER_SECONDS),
    **_durations("worker_with_retries", WORKER_SECONDS + RETRY_SECONDS),
    **_durations("retry_worker", RETRY_SECONDS, (RETRY,)),
    "minimum_workers_exact": Fact(WORKER_SECONDS / WINDOW_S, WORKERS,
                                  what="the number of workers the work needs, unrounded"),
    "expected_failed_partitions": Fact(EXPECTED_FAILURES, rf"{FAIL}|{PART}",
                                       what="the partitions expected to fail"),
    "expected_failed_rows": Fact(EXPECTED_FAILURES * PARTITION_ROWS, CUST),
    "cost_per_night": Fact(WORKER_SECONDS / 3600 * PRICE_PER_HOUR, (MONEY, r"night|day|run")),
    "cost_per_night_with_retries": Fact(
        (WORKER_SECONDS + RETRY_SECONDS) / 3600 * PRICE_PER_HOUR, (MONEY, r"night|day|run")),
    "cost_per_month": Fact(
        WORKER_SECONDS / 3600 * PRICE_PER_HOUR * NIGHTS_PER_MONTH, (MONEY, r"month")),
    "cost_per_month_with_retries": Fact(
        (WORKER_SECONDS + RETRY_SECONDS) / 3600 * PRICE_PER_HOUR * NIGHTS_PER_MONTH,
        (MONEY, r"month")),
    # A time of day is a clock time in the night's window, 01:00 to 04:00 (or "3 a.m.").
    **{f"clock_hour_{h}": Fact(h, rf"\b0?{h}(:\d\d\b|\s?a\.?m\b)", what="a time of day")
       for h in range(FIRST_HOUR, LAST_HOUR + 1)},
    **{f"clock_minute_{m}": Fact(m, rf"\b0?[{FIRST_HOUR}-{LAST_HOUR}]:{m:02d}\b",
                                 what="a time of day") for m in range(60)},
}
for _w in WORKER_COUNTS:
    FACTS[f"workers_{_w}"] = Fact(_w, WORKERS)
    FACTS[f"partitions_per_worker_{_w}"] = Fact(math.ceil(PARTITIONS / _w), PART)
    FACTS.update(_durations(f"run_{_w}", _run(_w)))
    FACTS.update(_durations(f"slack_{_w}", WINDOW_S - _run(_w), (SLACK,)))
    FACTS[f"retry_rounds_in_slack_{_w}"] = Fact(
        (WINDOW_S - _run(_w)) // SECONDS_PER_PARTITION, rf"rounds?|{RETRY}|{PART}")
FACTS["minimum_workers"] = Fact(MINIMUM_WORKERS, WORKERS)
FACTS["workers_with_margin_1_5"] = Fact(math.ceil(1.5 * WORKER_SECONDS / WINDOW_S), WORKERS)
SHARES = {"failure_rate"}  # the only proportion: every other result is never a percentage
FACTS = {key: fact if key in SHARES else replace(fact, as_percent=False)
         for key, fact in FACTS.items()}
STATEMENT_NUMBERS = False  # every number a note may state is above, with its words

NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
# "8 workers", not "16 worker-hours"; "18 partitions"; "120 minutes", "a 3-hour window"
# A count of workers may be spelled out: "Eight workers take 120 minutes".
COUNT_WORDS = {w: i for i, w in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty"))}
COUNT_WORDS.update({f"twenty-{w}": 20 + i for w, i in list(COUNT_WORDS.items())[1:10]})
COUNT_WORDS.update({"thirty-six": 36, "forty-eight": 48, "seventy-two": 72})
SPELLED = "|".join(sorted(COUNT_WORDS, key=len, reverse=True))
WORKER_COUNT = re.compile(rf"\b({NUMBER}|{SPELLED})\s+(?:{WORKERS})\b(?!-)", re.IGNORECASE)
PARTITION_COUNT = re.compile(rf"\b({NUMBER})\s+(?:{PART})\b", re.IGNORECASE)
DURATION = re.compile(rf"\b({NUMBER})(?:\s+|-)(seconds?|minutes?|hours?)\b", re.IGNORECASE)
# What the run leaves of the window: "leaving 60 minutes", "60 minutes to spare".
SPARE_BEFORE = re.compile(
    r"\b(?:leav\w*|left|slack|spare|remain\w*|margin|buffer|headroom|room|another|extra)"
    r"(?:\s+(?:of|with|about|roughly|around|some|nearly|almost|over|an?|the|only|just|barely"
    r"|mere|up\s+to|at\s+(?:most|least)|less\s+than|more\s+than|under|still))*\s*$",
    re.IGNORECASE)
SPARE_AFTER = re.compile(
    r"\s+(?:of\s+(?:the\s+(?:\d+-hour\s+)?window\s+)?(?:slack|spare|margin|buffer|headroom|"
    r"room)|to\s+spare|left|spare|remain\w*|free|unused|before\s+the\s+deadline|early|ahead|"
    r"in\s+hand|of\s+the\s+(?:\d+-hour\s+)?window\s+(?:left|free|spare|unused))",
    re.IGNORECASE)
CLOCK = r"(\d{1,2}):(\d\d)\b|\b(\d{1,2})\s?a\.?m\b"
# Partitions and durations a sentence may give whatever its number of workers.
ANY_PARTITIONS = {PARTITIONS, round(EXPECTED_FAILURES), EXPECTED_FAILURES}
ANY_SECONDS = {SECONDS_PER_PARTITION, WINDOW_S, WORKER_SECONDS, RETRY_SECONDS,
               WORKER_SECONDS + RETRY_SECONDS}

TOTAL_HOURS = (WORKER_SECONDS / 3600, (WORKER_SECONDS + RETRY_SECONDS) / 3600)
NIGHT_COST = tuple(h * PRICE_PER_HOUR for h in TOTAL_HOURS)
WORK_HOURS = (*TOTAL_HOURS, RETRY_SECONDS / 3600)  # the night's work, or its retries alone
PER = r"\s*(?:a|an|per|each|every|/|in\s+(?:a|an|one))\s*"
# A figure said with its unit is that unit's: (pattern, the values it may be, what it is).
UNIT_FIGURES = [
    (rf"({NUMBER})\s*worker[-\s]hours?", WORK_HOURS,
     "the night's work in worker-hours is the 144 partitions times 400 seconds, "
     "in hours (the expected retries add 2% of the partitions)"),
    (rf"({NUMBER})\s*worker[-\s]minutes?", tuple(60 * h for h in WORK_HOURS),
     "the night's work in worker-minutes is the 144 partitions times 400 seconds, "
     "in minutes"),
    (rf"({NUMBER})\s*worker[-\s]seconds?", tuple(3600 * h for h in WORK_HOURS),
     "the night's work in worker-seconds is the 144 partitions times 400 seconds"),
    (rf"({NUMBER})\s+(?:{CUST}){PER}(?:second|sec|s)\b", (ROWS_PER_SECOND,),
     "one worker's rate per second is a partition's 250,000 customers over its 400 seconds"),
    (rf"({NUMBER})\s+(?:{CUST}){PER}minute", (60 * ROWS_PER_SECOND,),
     "one worker's rate per minute is a partition's customers over its minutes"),
    (rf"({NUMBER})\s+(?:{CUST}){PER}hour", (3600 * ROWS_PER_SECOND,),
     "one worker's rate per hour is a partition's customers over its hours"),
    (rf"({NUMBER})\s+partitions?{PER}hour", (3600 / SECONDS_PER_PARTITION,),
     "one worker runs a partition in 400 seconds, so 3,600 seconds hold that many"),
    (rf"\$\s?({NUMBER})\s*(?:,\s*)?{PER}(?:night|run|day)\b", NIGHT_COST,
     "a night costs its worker-hours times $0.40, whatever the number of workers, "
     "since billing is per second"),
    (rf"\$\s?({NUMBER})\s*(?:,\s*)?(?:a|an|per|each|every|/|over\s+a|for\s+a|in\s+a)\s*"
     rf"(?:30[-\s]night\s+|30[-\s]day\s+)?month", tuple(NIGHTS_PER_MONTH * c for c in NIGHT_COST),
     "a month is 30 nights of the night's cost"),
    # "144 partitions of 250,000 customers", not the other way round.
    (rf"({NUMBER})\s+partitions\s+of\s+(?:about\s+)?(?:{NUMBER})\s+(?:{CUST})", (PARTITIONS,),
     "the input is split into 144 partitions of 250,000 customers"),
    (rf"\bpartitions?\s+(?:each\s+)?of\s+(?:about\s+)?({NUMBER})\s+(?:{CUST})", (PARTITION_ROWS,),
     "the input is split into 144 partitions of 250,000 customers"),
    (rf"({NUMBER})\s+(?:{CUST})\s+(?:each|per\s+partition|in\s+each\s+partition|a\s+partition)",
     (PARTITION_ROWS,), "the input is split into 144 partitions of 250,000 customers"),
    (rf"({NUMBER})\s*(?:%|percent)\s+of\s+(?:the\s+|all\s+)?partitions", (100 * FAILURE_RATE,),
     "the facts give the share of partitions that fail"),
    (rf"(?<![$\d.,])({NUMBER})\s+(?:failed\s+)?(?:partitions?\s+|failures?\s+)?(?:fail\s+)?"
     rf"{PER}night", (EXPECTED_FAILURES,),
     "the partitions that fail on a typical night are 2% of the 144"),
]
UNIT_FIGURES = [(re.compile(p, re.IGNORECASE), v, why) for p, v, why in UNIT_FIGURES]
# The window's length: "the window is 3 hours", "a 180-minute window".
WINDOW = re.compile(
    rf"\bwindow\s+(?:is|of|has|lasts|gives\s+us)\s+(?:only\s+|just\s+)?({NUMBER})(?:\s+|-)"
    rf"(seconds?|minutes?|hours?)\b|\b({NUMBER})(?:\s+|-)(seconds?|minutes?|hours?)\s+window",
    re.IGNORECASE)
# The night's two clock times, where a sentence says which is which.
LANDING = re.compile(
    rf"\b(?:land(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|snapshot)\b[^.!?;]{{0,50}}?"
    rf"\b(?:at|by|around|as\s+of|from|of)\s+(?:{CLOCK})", re.IGNORECASE)
DEADLINE = re.compile(
    rf"(?:\bdue\b|\bdeadline\b|\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+be\s+"
    rf"(?:published|ready|live|out|delivered|available))[^.!?;]{{0,20}}?"
    rf"\b(?:at|by|of|is)\s+(?:{CLOCK})", re.IGNORECASE)


def _value(text):
    return float(text.replace(",", ""))


def _rounds_to(written, values, relative=0.005):
    """The number `written` is one of `values`, rounded as written."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    stated = _value(written)
    return any(abs(v - stated) <= 0.5 * 10.0**-decimals + 1e-9
               or abs(v - stated) <= relative * abs(v) for v in values)


def _fits(written, seconds, unit):
    """The number `written` in `unit` is one of `seconds`, rounded as written."""
    return _rounds_to(written, [s / UNITS[unit] for s in seconds], relative=0)


def _count(text):
    """A count as written: digits, or a number word ("eight", "twenty-four")."""
    return float(COUNT_WORDS[text.lower()]) if text.lower() in COUNT_WORDS else _value(text)


def _clock(match, first=1):
    """The minutes after midnight of a clock time matched by CLOCK (groups from `first`)."""
    hour, minute, am = match.group(first, first + 1, first + 2)
    return 60 * int(hour or am) + int(minute or 0)


def _row_sentence(cells, header):
    """A table row read as the sentence it stands for: each cell with its column's heading
    ("| 8 | 18 | 120 |" under "workers | partitions each | run (min)" is "8 workers, 18
    partitions each, run 120 minutes"), so a row's figures go with its own workers."""
    said = []
    for cell, heading in zip(cells, header, strict=False):
        unit = re.search(r"\b(seconds?|minutes?|hours?|min|s|h)\b", heading, re.IGNORECASE)
        words = " ".join(re.sub(r"\(.*?\)", " ", heading).split())
        if not re.fullmatch(rf"(?:{NUMBER})", cell):
            said.append(f"{words} {cell}")  # "slack 80 minutes", "first pass 100 minutes"
        elif unit:
            unit_word = {"min": "minutes", "s": "seconds", "h": "hours"}.get(
                unit.group(1).lower(), unit.group(1))
            said.append(f"{words} {cell} {unit_word}")
        else:
            said.append(f"{cell} {words}")  # "8 workers", "18 partitions each"
    return ", ".join(" ".join(s.split()) for s in said) + "."


def _paragraphs(report):
    """The report's paragraphs (headings and blank lines end one), each as its sentences;
    a table row is a paragraph of its own."""
    blocks = re.split(r"\n\s*\n|^#.*$", untabled(report, _row_sentence), flags=re.MULTILINE)
    return [re.split(r"(?<=[.!?])\s+", " ".join(b.split())) for b in blocks if b.strip()]


def _worker_sentences(report):
    """Each sentence with the worker counts it names and those of the sentence before it
    in its paragraph (so "We run 8 workers. They take 120 minutes." goes together)."""
    for sentences in _paragraphs(report):
        previous = []
        for sentence in sentences:
            counts = [(m.start(), _count(m.group(1))) for m in WORKER_COUNT.finditer(sentence)]
            yield sentence, counts, previous
            previous = [(-1, workers) for _, workers in counts]


def _governing(counts, previous, offset):
    """The number of workers a figure at `offset` belongs to: the last one named before it
    in its sentence, or else the last one of the sentence before; when that is a whole
    number of workers."""
    before = [workers for start, workers in counts if start < offset] or [
        workers for _, workers in previous]
    if not before or before[-1] != int(before[-1]) or before[-1] < 1:
        return None
    return int(before[-1])


def _is_slack(sentence, match):
    """Whether the duration `match` is what the run leaves of the window ("leaving 60
    minutes", "60 minutes to spare"), not how long it takes."""
    return bool(SPARE_BEFORE.search(sentence[: match.start()])
                or SPARE_AFTER.match(sentence[match.end():]))


def _each(workers):
    return math.ceil(PARTITIONS / workers)


def _own(workers):
    return {_run(workers), WINDOW_S - _run(workers)}


def _matching_workers(report):
    """Problems where a sentence's partitions or minutes are not those of its workers; and
    the worker counts stated with the time their first pass takes (or ends at)."""
    problems, timed, named = [], set(), set()
    for sentence, counts, previous in _worker_sentences(report):
        named.update(int(w) for _, w in counts if w == int(w) and w >= 1)
        for match in PARTITION_COUNT.finditer(sentence):
            workers = _governing(counts, previous, match.start())
            if workers and _value(match.group(1)) not in ANY_PARTITIONS | {_each(workers)}:
                problems.append(f"“{match.group(0)}” with {workers} workers: each runs at "
                                f"most {_each(workers)} of the {PARTITIONS} partitions")
        for match in DURATION.finditer(sentence):
            workers = _governing(counts, previous, match.start())
            unit = match.group(2).lower().rstrip("s") + "s"
            if not workers:
                continue
            spare = _is_slack(sentence, match)
            # The run of a count too small for the window ("one worker would need 16
            # hours") is arithmetic, not the plan.
            if not spare and workers >= MINIMUM_WORKERS and _fits(
                    match.group(1), {_run(workers)}, unit):
                timed.add(workers)
            own = {WINDOW_S - _run(workers)} if spare else {_run(workers)}
            if not _fits(match.group(1), ANY_SECONDS | own, unit):
                run = _run(workers)
                said = "what they leave of the window" if spare else "how long they take"
                problems.append(f"“{match.group(0)}” is {said} with {workers} workers, but "
                                f"their first pass takes {run / 60:g} minutes and leaves "
                                f"{(WINDOW_S - run) / 60:g} of the window")
        for match in re.finditer(CLOCK, sentence, re.IGNORECASE):
            workers = _governing(counts, previous, match.start())
            if (workers and workers >= MINIMUM_WORKERS
                    and abs(_clock(match) - 60 * FIRST_HOUR - _run(workers) / 60) < 1):
                timed.add(workers)  # "8 workers finish at 03:00"
    return problems, timed, named


def _unit_figures(report):
    """Figures said with their unit that are not that unit's, and swapped clock times."""
    text = " ".join(report.split())
    problems = []
    for pattern, values, why in UNIT_FIGURES:
        for match in pattern.finditer(text):
            if not _rounds_to(match.group(1), values):
                problems.append(f"“{match.group(0)}”: {why}")
    for match in WINDOW.finditer(text):
        figure, unit = match.group(1, 2) if match.group(1) else match.group(3, 4)
        if not _fits(figure, {WINDOW_S}, unit.lower().rstrip("s") + "s"):
            problems.append(f"“{match.group(0)}”: the window runs from 0{FIRST_HOUR}:00 to "
                            f"0{LAST_HOUR}:00")
    for match in LANDING.finditer(text):
        if _clock(match) != 60 * FIRST_HOUR:
            problems.append(f"“{match.group(0)}”: the features land, and are snapshotted, "
                            f"at 0{FIRST_HOUR}:00")
    for match in DEADLINE.finditer(text):
        if _clock(match) != 60 * LAST_HOUR:
            problems.append(f"“{match.group(0)}”: the scores are due at 0{LAST_HOUR}:00")
    return problems


# A sentence copied from the task's checklist restates what is asked instead of doing it.
COPY_WORDS = 12
_TASK = (Path(__file__).with_name("README.md").read_text(encoding="utf-8")
         .split("## Task", 1)[-1].split("## Example", 1)[0])


def _words(text):
    return re.findall(r"[a-z0-9$]+(?:['’.,:][a-z0-9]+)*", text.lower().replace("`", ""))


_TASK_RUNS = {tuple(_words(_TASK)[i:i + COPY_WORDS])
              for i in range(len(_words(_TASK)) - COPY_WORDS + 1)}


def _copied(report):
    """The first run of COPY_WORDS words the report shares with the task's checklist."""
    words = _words(report)
    for i in range(len(words) - COPY_WORDS + 1):
        if tuple(words[i:i + COPY_WORDS]) in _TASK_RUNS:
            return " ".join(words[i:i + COPY_WORDS])
    return None


def check(report):
    """In the sentences about a number of workers, the partitions each one runs and the
    minutes the run takes (or leaves) belong to that number; the note says how long the
    chosen workers take; and each figure said with its unit is that unit's."""
    problems, timed, named = _matching_workers(report)
    if timed:
        run_time = None
    elif problems:
        run_time = ("the minutes the note gives are not those of the workers it names: see "
                    "the line on the workers, partitions and minutes")
    elif named & set(WORKER_COUNTS):
        counts = sorted(named & set(WORKER_COUNTS))
        run_time = (f"the note names {' and '.join(map(str, counts))} workers but not how long "
                    "their first pass takes: the partitions each one runs, times 400 seconds, "
                    "said in that sentence or the next")
    else:
        run_time = ("say how many workers you run (enough to finish within the 3-hour window) "
                    "and how long their first pass takes: the partitions each one runs, "
                    "times 400 seconds")
    units = _unit_figures(report)
    copied = _copied(report)
    return {
        "in its own words (no run of words copied from the task)": (
            f"“{copied}…” is the task's wording: say what your job does, in your own "
            "words" if copied else None),
        "the workers, partitions and minutes of each sentence go together":
            "; ".join(problems) or None,
        "the number of workers and how long the run takes with them": run_time,
        "each figure is the quantity its unit names": (
            "; ".join(units[:3]) + (f"; and {len(units) - 3} more" if len(units) > 3 else "")
            if units else None),
    }
