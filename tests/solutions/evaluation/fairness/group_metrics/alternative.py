import math

import pandas as pd


def _ratio(top, bottom):
    return top / bottom if bottom else math.nan


def group_metrics(df, group_col):
    # A loop over the sorted groups, counting each cell with plain sums.
    rows = {}
    for group in sorted(df[group_col].unique()):
        part = df[df[group_col] == group]
        y = part["y_true"].astype(int).to_numpy()
        p = part["y_pred"].astype(int).to_numpy()
        tp = int(((y == 1) & (p == 1)).sum())
        fp = int(((y == 0) & (p == 1)).sum())
        fn = int(((y == 1) & (p == 0)).sum())
        tn = int(((y == 0) & (p == 0)).sum())
        n = len(part)
        rows[group] = {
            "n": n,
            "base_rate": (tp + fn) / n,
            "selection_rate": (tp + fp) / n,
            "tpr": _ratio(tp, tp + fn),
            "fpr": _ratio(fp, fp + tn),
            "precision": _ratio(tp, tp + fp),
        }
    table = pd.DataFrame.from_dict(rows, orient="index")
    table["n"] = table["n"].astype("int64")
    table.index = pd.Index(list(rows), name=group_col)
    return table
