# expect: train records do not count
# last_epoch is taken over every usable record of the run, train ones too: a job that trained
# past its last evaluation looks as if it had evaluated later, and stops too soon.
import math
from collections import defaultdict
from typing import Any


def early_stopping_report(log: list[dict[str, Any]], patience: int) -> dict[str, dict[str, Any]]:
    latest = {(r["run"], r["epoch"], r["split"]): r["loss"] for r in log}
    val: defaultdict[str, dict[int, float]] = defaultdict(dict)
    train: dict[tuple[str, int], float] = {}
    last_seen: dict[str, int] = {}
    for (run, epoch, split), loss in latest.items():
        if math.isnan(loss):
            continue
        last_seen[run] = max(last_seen.get(run, epoch), epoch)
        if split == "val":
            val[run][epoch] = loss
        else:
            train[run, epoch] = loss
    report = {}
    for run in sorted(val):
        losses = val[run]
        best = min(losses, key=lambda epoch: (losses[epoch], epoch))
        last = last_seen[run]
        report[run] = {"best_epoch": best, "best_val": losses[best],
                       "train_at_best": train.get((run, best)), "last_epoch": last,
                       "stop": last - best >= patience}
    return report
