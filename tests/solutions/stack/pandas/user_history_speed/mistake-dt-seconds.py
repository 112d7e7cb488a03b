# expect: lose whole days: \.dt\.seconds
import pandas as pd


def add_history_features(events: pd.DataFrame) -> pd.DataFrame:
    ordered = events.sort_values(["user_id", "timestamp"], kind="stable")
    by_user = ordered.groupby("user_id")
    amount = ordered["amount"]
    present = amount.notna().astype("int64")
    filled = amount.fillna(0.0)
    prev_sum = filled.groupby(ordered["user_id"]).cumsum() - filled
    prev_count = present.groupby(ordered["user_id"]).cumsum() - present
    out = events.copy()
    out["n_prev"] = by_user.cumcount().astype("int64")
    # .dt.seconds is the seconds part of the gap, under a day: the days are dropped
    out["hours_since_prev"] = by_user["timestamp"].diff().dt.seconds / 3600
    out["prev_amount_mean"] = prev_sum / prev_count
    return out
