"""Four boolean columns (TP, FP, FN, TN per row), one `groupby(...).sum()`, and
every rate is a ratio of those per-group counts: one pass over the data, one row
per group, sorted by group, with the group column's name on the index. pandas
divides 0 by 0 as NaN without a warning, which is exactly the answer for a rate
that is undefined in a slice: a region with no positive case has no TPR, and
reporting 0 there would show a gap that does not exist (or hide one that does).

Common wrong approaches: a Python loop over `df[group_col].unique()`, which
returns the groups in order of appearance and reimplements the metrics each
time; replacing undefined rates with 0 (the `zero_division=0` habit from overall
metrics, wrong for slices, where "no data" must stay visible); and computing the
rates on the whole frame and only the counts per group.
"""

import numpy as np
import pandas as pd


def group_metrics(df: pd.DataFrame, group_col: str) -> pd.DataFrame:
    y = df["y_true"].astype(bool)
    p = df["y_pred"].astype(bool)
    cells = pd.DataFrame({"tp": y & p, "fp": ~y & p, "fn": y & ~p, "tn": ~y & ~p})
    c = cells.astype(np.int64).groupby(df[group_col], sort=True).sum()
    n = c.sum(axis=1)
    return pd.DataFrame({
        "n": n,
        "base_rate": (c.tp + c.fn) / n,
        "selection_rate": (c.tp + c.fp) / n,
        "tpr": c.tp / (c.tp + c.fn),
        "fpr": c.fp / (c.fp + c.tn),
        "precision": c.tp / (c.tp + c.fp),
    })
