# expect: 20× faster than the slow version.*needed
import numpy as np
import pandas as pd
def add_history_features(events):
    order = np.lexsort((np.arange(len(events)), events["timestamp"].to_numpy(), events["user_id"].to_numpy()))
    e = events.iloc[order]
    g = e.groupby("user_id", sort=False)
    amt = e["amount"]
    s = g["amount"].transform(lambda a: a.fillna(0).cumsum().shift(fill_value=0.0))
    c = g["amount"].transform(lambda a: a.notna().cumsum().shift(fill_value=0))
    out = events.copy()
    out["n_prev"] = g.cumcount().astype(np.int64)
    out["hours_since_prev"] = g["timestamp"].diff().dt.total_seconds() / 3600
    out["prev_amount_mean"] = (s / c.where(c > 0)).astype(np.float64)
    return out
