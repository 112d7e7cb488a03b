"""The results the design note's numbers are checked against, computed from the facts,
each with the words that say what it is: a number of partitions next to partitions, a
duration next to its unit, a cost next to its period, a time of day as a clock time in
the night's window. `check` adds what a sentence's words cannot pin down: the
partitions and the minutes a sentence gives for a number of workers are that number's."""

import math
import re
from dataclasses import replace

from mldojo.grading.casekit import Fact

CUSTOMERS, PARTITIONS, PARTITION_ROWS = 36_000_000, 144, 250_000
SECONDS_PER_PARTITION = 400
WINDOW_S = 3 * 3600
FIRST_HOUR, LAST_HOUR = 1, 4  # features land at 01:00, scores are due at 04:00
FAILURE_RATE = 0.02
PRICE_PER_HOUR = 0.40
NIGHTS_PER_MONTH = 30
WORKER_COUNTS = range(6, 13)

ROWS_PER_SECOND = PARTITION_ROWS / SECONDS_PER_PARTITION
WORKER_SECONDS = PARTITIONS * SECONDS_PER_PARTITION
EXPECTED_FAILURES = PARTITIONS * FAILURE_RATE
RETRY_SECONDS = EXPECTED_FAILURES * SECONDS_PER_PARTITION
UNITS = {"seconds": 1, "minutes": 60, "hours": 3600}

CUST = r"customers?|rows?|scores?|records|users|accounts"
PART = r"partitions?"
WORKERS = r"workers?|machines|nodes|instances"
FAIL = r"fail|lost|taken back|preempt|reclaim"
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
    "minimum_workers_exact": Fact(WORKER_SECONDS / WINDOW_S, WORKERS),
    "expected_failed_partitions": Fact(EXPECTED_FAILURES, rf"{FAIL}|{PART}"),
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
FACTS["minimum_workers"] = Fact(math.ceil(WORKER_SECONDS / WINDOW_S), WORKERS)
FACTS["workers_with_margin_1_5"] = Fact(math.ceil(1.5 * WORKER_SECONDS / WINDOW_S), WORKERS)
SHARES = {"failure_rate"}  # the only proportion: every other result is never a percentage
FACTS = {key: fact if key in SHARES else replace(fact, as_percent=False)
         for key, fact in FACTS.items()}
STATEMENT_NUMBERS = False  # every number a note may state is above, with its words

NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
# "8 workers", not "16 worker-hours"; "18 partitions"; "120 minutes", "a 3-hour window"
WORKER_COUNT = re.compile(rf"\b({NUMBER})\s+(?:{WORKERS})\b(?!-)", re.IGNORECASE)
PARTITION_COUNT = re.compile(rf"\b({NUMBER})\s+(?:{PART})\b", re.IGNORECASE)
DURATION = re.compile(rf"\b({NUMBER})(?:\s+|-)(seconds?|minutes?|hours?)\b", re.IGNORECASE)
# Partitions and durations a sentence may give whatever its number of workers.
ANY_PARTITIONS = {PARTITIONS, round(EXPECTED_FAILURES), EXPECTED_FAILURES}
ANY_SECONDS = {SECONDS_PER_PARTITION, WINDOW_S, WORKER_SECONDS, RETRY_SECONDS,
               WORKER_SECONDS + RETRY_SECONDS}


def _value(text):
    return float(text.replace(",", ""))


def _fits(written, seconds, unit):
    """The number `written` in `unit` is one of `seconds`, rounded as written."""
    decimals = len(written.split(".")[1]) if "." in written else 0
    return any(abs(s / UNITS[unit] - _value(written)) <= 0.5 * 10.0**-decimals + 1e-9
               for s in seconds)


def check(report):
    """In a sentence that names a number of workers, the partitions each one runs and
    the minutes the run takes (or leaves) belong to that number, not to another one."""
    text = " ".join(report.split())
    problems = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        counts = [(m.start(), _value(m.group(1))) for m in WORKER_COUNT.finditer(sentence)]
        for match in PARTITION_COUNT.finditer(sentence):
            workers = _governing(counts, match.start())
            if workers and _value(match.group(1)) not in ANY_PARTITIONS | {_each(workers)}:
                problems.append(f"“{match.group(0)}” with {workers} workers: each runs at "
                                f"most {_each(workers)} of the {PARTITIONS} partitions")
        for match in DURATION.finditer(sentence):
            workers = _governing(counts, match.start())
            unit = match.group(2).lower().rstrip("s") + "s"
            if workers and not _fits(match.group(1), ANY_SECONDS | _own(workers), unit):
                run = _run(workers)
                problems.append(f"“{match.group(0)}” with {workers} workers: their first "
                                f"pass takes {run / 60:g} minutes and leaves "
                                f"{(WINDOW_S - run) / 60:g} of the window")
    return {"the workers, partitions and minutes of each sentence go together":
            "; ".join(problems) or None}


def _governing(counts, offset):
    """The number of workers a figure at `offset` belongs to: the last one named before it
    in its sentence, when that is a whole number of workers."""
    before = [workers for start, workers in counts if start < offset]
    if not before or before[-1] != int(before[-1]) or before[-1] < 1:
        return None
    return int(before[-1])


def _each(workers):
    return math.ceil(PARTITIONS / workers)


def _own(workers):
    return {_run(workers), WINDOW_S - _run(workers)}
