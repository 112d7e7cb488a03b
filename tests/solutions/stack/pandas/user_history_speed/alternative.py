import numpy as np


def add_history_features(events):
    # Break timestamp ties by an explicit row position, then shift each user's history
    # down by one row, so every running quantity stops just before the current event.
    work = events.assign(_pos=np.arange(len(events)))
    work = work.sort_values(["user_id", "timestamp", "_pos"])
    by_user = work.groupby("user_id", sort=False)
    earlier_amount = by_user["amount"].shift()
    earlier_time = by_user["timestamp"].shift()
    keys = work["user_id"]
    earlier_sum = earlier_amount.fillna(0.0).groupby(keys, sort=False).cumsum()
    earlier_count = earlier_amount.notna().astype("int64").groupby(keys, sort=False).cumsum()
    out = events.copy()
    out["n_prev"] = by_user.cumcount().astype("int64")
    out["hours_since_prev"] = (
        (work["timestamp"] - earlier_time).dt.total_seconds() / 3600.0
    ).astype("float64")
    out["prev_amount_mean"] = (earlier_sum / earlier_count.replace(0, np.nan)).astype("float64")
    return out
