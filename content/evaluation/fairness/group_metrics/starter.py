import pandas as pd


def group_metrics(df: pd.DataFrame, group_col: str) -> pd.DataFrame:
    """One row per group (sorted, index named group_col) with the columns
    n, base_rate, selection_rate, tpr, fpr, precision; undefined rates are NaN.
    """
    # TODO: count TP, FP, FN and TN per group, then divide.
    raise NotImplementedError("group_metrics is not written yet")
