# expect: n is the number of rows.*bitwise not
# ~ on integer 0/1 columns is a bitwise not, so TN is counted for every row; n comes out
# wrong and the message pointed at base_rate.
import numpy as np
import pandas as pd


def group_metrics(df, group_col):
    # ~ on int columns is bitwise not (-1, -2): negatives counted wrongly
    y = df["y_true"]
    p = df["y_pred"]
    cells = pd.DataFrame({"tp": y & p, "fp": ~y & p, "fn": y & ~p, "tn": ~y & ~p}).astype(bool)
    c = cells.astype(np.int64).groupby(df[group_col]).sum()
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
    )
