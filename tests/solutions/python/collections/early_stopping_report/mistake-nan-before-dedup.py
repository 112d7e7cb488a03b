# expect: NaN records were dropped before deduplicating
import math
def early_stopping_report(log, patience):
    latest = {}
    for r in log:
        if math.isnan(r["loss"]):
            continue
        latest[(r["run"], r["epoch"], r["split"])] = r["loss"]
    out = {}
    for run in sorted({k[0] for k in latest if k[2] == "val"}):
        good = {e: l for (r, e, s), l in latest.items() if r == run and s == "val"}
        best = min(sorted(good), key=lambda e: good[e])
        last = max(good)
        out[run] = {"best_epoch": best, "best_val": good[best],
                    "train_at_best": latest.get((run, best, "train")),
                    "last_epoch": last, "stop": last - best >= patience}
    return out
