# expect: includes the row's own amount \(a leak\)
import pandas as pd


def add_history_features(events):
    ordered = events.sort_values(["user_id", "timestamp"], kind="stable")
    by_user = ordered.groupby("user_id", sort=False)
    out = events.copy()
    out["n_prev"] = by_user.cumcount().astype("int64")
    out["hours_since_prev"] = by_user["timestamp"].diff() / pd.Timedelta(hours=1)
    # The running mean of the user's amounts so far, this row included.
    out["prev_amount_mean"] = by_user["amount"].expanding().mean().droplevel(0)
    return out
