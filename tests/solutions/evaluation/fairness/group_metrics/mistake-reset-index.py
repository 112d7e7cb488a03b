# expect: keep the groups as the index
# The group column is reset into a column; the message only listed the expected columns.
import numpy as np
import pandas as pd


def _counts(df, group_col, sort=True):
    y = df["y_true"].astype(bool)
    p = df["y_pred"].astype(bool)
    cells = pd.DataFrame({"tp": y & p, "fp": ~y & p, "fn": y & ~p, "tn": ~y & ~p})
    return cells.astype(np.int64).groupby(df[group_col], sort=sort).sum()


def group_metrics(df, group_col):
    c = _counts(df, group_col)
    n = c.sum(axis=1)
    return pd.DataFrame(
        {
            "n": n,
            "base_rate": (c.tp + c.fn) / n,
            "selection_rate": (c.tp + c.fp) / n,
            "tpr": c.tp / (c.tp + c.fn),
            "fpr": c.fp / (c.fp + c.tn),
            "precision": c.tp / (c.tp + c.fp),
        }
    ).reset_index()
