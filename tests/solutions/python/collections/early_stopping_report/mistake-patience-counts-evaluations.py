# expect: stop compares epochs, not the number of evaluations
"""stop counts the val records after the best epoch instead of last_epoch - best_epoch."""

import math
from collections import defaultdict
from typing import Any


def early_stopping_report(log: list[dict[str, Any]], patience: int) -> dict[str, dict[str, Any]]:
    latest = {(r["run"], r["epoch"], r["split"]): r["loss"] for r in log}
    val: defaultdict[str, dict[int, float]] = defaultdict(dict)
    train: dict[tuple[str, int], float] = {}
    for (run, epoch, split), loss in latest.items():
        if math.isnan(loss):
            continue
        if split == "val":
            val[run][epoch] = loss
        else:
            train[run, epoch] = loss
    report = {}
    for run in sorted(val):
        losses = val[run]
        best = min(losses, key=lambda epoch: (losses[epoch], epoch))
        last = max(losses)
        report[run] = {"best_epoch": best, "best_val": losses[best],
                       "train_at_best": train.get((run, best)), "last_epoch": last,
                       "stop": sum(e > best for e in losses) >= patience}
    return report
