# expect: keeps the first of repeated \(run, epoch, split\) records|train_at_best is the train loss
"""Val records: the last wins; train records: the first wins (setdefault)."""

import math
from collections import defaultdict
from typing import Any


def early_stopping_report(log: list[dict[str, Any]], patience: int) -> dict[str, dict[str, Any]]:
    val: defaultdict[str, dict[int, float]] = defaultdict(dict)
    train: dict[tuple[str, int], float] = {}
    for r in log:  # val: the last record wins (a resumed job re-logs val)
        if r["split"] == "val":
            val[r["run"]][r["epoch"]] = r["loss"]
        else:
            train.setdefault((r["run"], r["epoch"]), r["loss"])
    for run in list(val):
        val[run] = {e: loss for e, loss in val[run].items() if not math.isnan(loss)}
        if not val[run]:
            del val[run]
    train = {k: v for k, v in train.items() if not math.isnan(v)}
    report = {}
    for run in sorted(val):
        losses = val[run]
        best = min(losses, key=lambda epoch: (losses[epoch], epoch))
        last = max(losses)
        report[run] = {"best_epoch": best, "best_val": losses[best],
                       "train_at_best": train.get((run, best)), "last_epoch": last,
                       "stop": last - best >= patience}
    return report
