"""Two passes with the right containers make this short. A dict keyed by
`(run, epoch, split)` deduplicates for free: assigning in list order means the
last record wins. A `defaultdict(dict)` then groups val losses per run as
`{epoch: loss}`, and `min(..., key=lambda e: (losses[e], e))` picks the lowest
loss with the earliest epoch breaking ties, in one step. `math.isnan` filters
diverged epochs; this matters because `min` with NaN in the data gives
arbitrary answers (every comparison with NaN is False).

Common wrong approaches: sorting the log and using `itertools.groupby` without
sorting by the *whole* key first (groupby only groups adjacent items); keeping
the first duplicate instead of the last; and breaking ties by whatever order
the records arrived in, which makes the report change between two reads of the
same log.
"""

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
                       "stop": last - best >= patience}
    return report
