import numpy as np
import pandas as pd


def add_history_features(events):
    ordered = events.sort_values(["user_id", "timestamp"], kind="mergesort")
    g = ordered.groupby("user_id", sort=False)
    prev_amount = g["amount"].shift(1)              # the row's own amount never counts
    # expanding().mean() skips NaN and is NaN until a first non-missing value
    means = prev_amount.groupby(ordered["user_id"], sort=False).expanding().mean()
    means = means.reset_index(level=0, drop=True)
    out = events.copy()
    out["n_prev"] = g.cumcount()
    out["hours_since_prev"] = g["timestamp"].diff().dt.total_seconds() / 3600
    out["prev_amount_mean"] = means
    return out
