# expect: the code assumed a unit for the raw timestamps, and these are datetime64\[(s|ns)\]
import numpy as np
import pandas as pd


def add_history_features(events):
    # Work on raw int64 microseconds (pandas stores datetime64[us]): no Timedelta objects at all.
    ordered = events.sort_values(["user_id", "timestamp"], kind="stable")
    users = ordered["user_id"]
    ns = pd.Series(ordered["timestamp"].to_numpy().astype(np.int64), index=ordered.index)
    amount = ordered["amount"]
    present = amount.notna().astype("int64")
    filled = amount.fillna(0.0)
    prev_sum = filled.groupby(users).cumsum() - filled
    prev_count = present.groupby(users).cumsum() - present
    out = events.copy()
    out["n_prev"] = ordered.groupby("user_id").cumcount().astype("int64")
    out["hours_since_prev"] = ns.groupby(users).diff() / 3.6e9
    out["prev_amount_mean"] = prev_sum / prev_count
    return out
