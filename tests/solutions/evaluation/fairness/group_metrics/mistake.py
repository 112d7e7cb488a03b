# expect: is 0, but it is undefined there.*must be NaN
import numpy as np
import pandas as pd


def group_metrics(df, group_col):
    # The zero_division=0 habit: an undefined rate is reported as 0.
    y = df["y_true"].astype(bool)
    p = df["y_pred"].astype(bool)
    cells = pd.DataFrame({"tp": y & p, "fp": ~y & p, "fn": y & ~p, "tn": ~y & ~p})
    c = cells.astype(np.int64).groupby(df[group_col], sort=True).sum()
    n = c.sum(axis=1)
    table = pd.DataFrame({
        "n": n,
        "base_rate": (c.tp + c.fn) / n,
        "selection_rate": (c.tp + c.fp) / n,
        "tpr": c.tp / (c.tp + c.fn),
        "fpr": c.fp / (c.fp + c.tn),
        "precision": c.tp / (c.tp + c.fp),
    })
    return table.fillna(0.0)
