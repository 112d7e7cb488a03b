import math


def early_stopping_report(log, patience):
    # Walk the log backwards and keep the first record seen per key: that is the
    # last one in the list. Then sort each run's val epochs by (loss, epoch).
    seen = set()
    val, train = {}, {}
    for record in reversed(log):
        key = (record["run"], record["epoch"], record["split"])
        if key in seen:
            continue
        seen.add(key)
        if math.isnan(record["loss"]):
            continue
        if record["split"] == "val":
            val.setdefault(record["run"], []).append((record["loss"], record["epoch"]))
        else:
            train[record["run"], record["epoch"]] = record["loss"]
    report = {}
    for run in sorted(val):
        ranked = sorted(val[run])
        best_val, best_epoch = ranked[0]
        last_epoch = max(epoch for _, epoch in ranked)
        report[run] = {
            "best_epoch": best_epoch,
            "best_val": best_val,
            "train_at_best": train.get((run, best_epoch)),
            "last_epoch": last_epoch,
            "stop": (last_epoch - best_epoch) >= patience,
        }
    return report
