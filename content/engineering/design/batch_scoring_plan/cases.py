"""The results the design note's numbers are checked against, computed from the facts."""

import math

CUSTOMERS, PARTITIONS, PARTITION_ROWS = 36_000_000, 144, 250_000
SECONDS_PER_PARTITION = 400
WINDOW_S = 3 * 3600
FAILURE_RATE = 0.02
PRICE_PER_HOUR = 0.40
NIGHTS_PER_MONTH = 30

ROWS_PER_SECOND = PARTITION_ROWS / SECONDS_PER_PARTITION
WORKER_SECONDS = PARTITIONS * SECONDS_PER_PARTITION
EXPECTED_FAILURES = PARTITIONS * FAILURE_RATE
RETRY_SECONDS = EXPECTED_FAILURES * SECONDS_PER_PARTITION


def _run(workers):
    """Wall time, in seconds, of the first attempt with `workers` workers (whole partitions)."""
    return math.ceil(PARTITIONS / workers) * SECONDS_PER_PARTITION


FACTS = {
    "rows_per_second_per_worker": ROWS_PER_SECOND,
    "rows_per_hour_per_worker": ROWS_PER_SECOND * 3600,
    "worker_seconds": WORKER_SECONDS,
    "worker_minutes": WORKER_SECONDS / 60,
    "worker_hours": WORKER_SECONDS / 3600,
    "window_seconds": WINDOW_S,
    "window_minutes": WINDOW_S / 60,
    "minimum_workers_exact": WORKER_SECONDS / WINDOW_S,
    "expected_failed_partitions": EXPECTED_FAILURES,
    "expected_failed_partitions_rounded": round(EXPECTED_FAILURES),
    "expected_failed_rows": EXPECTED_FAILURES * PARTITION_ROWS,
    "retry_worker_seconds": RETRY_SECONDS,
    "retry_worker_minutes": RETRY_SECONDS / 60,
    "retry_worker_hours": RETRY_SECONDS / 3600,
    "worker_hours_with_retries": (WORKER_SECONDS + RETRY_SECONDS) / 3600,
    "cost_per_night": WORKER_SECONDS / 3600 * PRICE_PER_HOUR,
    "cost_per_night_with_retries": (WORKER_SECONDS + RETRY_SECONDS) / 3600 * PRICE_PER_HOUR,
    "cost_per_month": WORKER_SECONDS / 3600 * PRICE_PER_HOUR * NIGHTS_PER_MONTH,
    "cost_per_month_with_retries":
        (WORKER_SECONDS + RETRY_SECONDS) / 3600 * PRICE_PER_HOUR * NIGHTS_PER_MONTH,
    "partitions_per_hour_per_worker": 3600 / SECONDS_PER_PARTITION,
    "partitions_per_window_per_worker": WINDOW_S / SECONDS_PER_PARTITION,
}
# For 6 to 12 workers: how many partitions each runs, how long it takes, the slack left.
for _w in range(6, 13):
    FACTS[f"workers_{_w}"] = _w
    FACTS[f"partitions_per_worker_{_w}"] = math.ceil(PARTITIONS / _w)
    FACTS[f"run_seconds_{_w}"] = _run(_w)
    FACTS[f"run_minutes_{_w}"] = _run(_w) / 60
    FACTS[f"run_hours_{_w}"] = _run(_w) / 3600
    FACTS[f"slack_seconds_{_w}"] = WINDOW_S - _run(_w)
    FACTS[f"slack_minutes_{_w}"] = (WINDOW_S - _run(_w)) / 60
    FACTS[f"slack_hours_{_w}"] = (WINDOW_S - _run(_w)) / 3600
    FACTS[f"retry_rounds_in_slack_{_w}"] = (WINDOW_S - _run(_w)) // SECONDS_PER_PARTITION
FACTS["minimum_workers"] = math.ceil(WORKER_SECONDS / WINDOW_S)
FACTS["workers_with_margin_1_5"] = math.ceil(1.5 * WORKER_SECONDS / WINDOW_S)
