# expect: keeps the first of repeated
import math


def early_stopping_report(log, patience):
    latest = {}
    for r in log:
        # setdefault keeps the FIRST record of a repeated key, not the resumed job's.
        latest.setdefault((r["run"], r["epoch"], r["split"]), r["loss"])
    val, train = {}, {}
    for (run, epoch, split), loss in latest.items():
        if math.isnan(loss):
            continue
        if split == "val":
            val.setdefault(run, {})[epoch] = loss
        else:
            train[run, epoch] = loss
    report = {}
    for run in sorted(val):
        losses = val[run]
        best = min(losses, key=lambda e: (losses[e], e))
        last = max(losses)
        report[run] = {"best_epoch": best, "best_val": losses[best],
                       "train_at_best": train.get((run, best)), "last_epoch": last,
                       "stop": last - best >= patience}
    return report
