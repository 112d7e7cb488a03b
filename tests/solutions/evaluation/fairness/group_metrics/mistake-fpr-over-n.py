# expect: check fpr, .*FP / \(FP \+ TN\)
import numpy as np
import pandas as pd


def group_metrics(df, group_col):
    y = df["y_true"].astype(bool)
    p = df["y_pred"].astype(bool)
    cells = pd.DataFrame({"tp": y & p, "fp": ~y & p, "fn": y & ~p, "tn": ~y & ~p})
    c = cells.astype(np.int64).groupby(df[group_col]).sum()
    n = c.sum(axis=1)
    return pd.DataFrame(
        {
            "n": n,
            "base_rate": (c.tp + c.fn) / n,
            "selection_rate": (c.tp + c.fp) / n,
            "tpr": c.tp / (c.tp + c.fn),
            "fpr": c.fp / n,  # false alarms over every row, not over the negatives
            "precision": c.tp / (c.tp + c.fp),
        }
    )
