# expect: 20× needed: the time goes to Python code run per row or per user
# Right values, but transform with a lambda runs a Python function once per user: too
# slow, and it was told to look for a loop NumPy can do in one call.
import numpy as np
import pandas as pd


def add_history_features(events):
    out = events.copy()
    s = out.assign(_pos=np.arange(len(out))).sort_values(["user_id", "timestamp", "_pos"])
    g = s.groupby("user_id")
    s["n_prev"] = g.cumcount().astype(np.int64)
    s["hours_since_prev"] = g["timestamp"].diff() / pd.Timedelta(hours=1)
    s["prev_amount_mean"] = g["amount"].transform(lambda x: x.shift().expanding().mean())
    return s.drop(columns="_pos").loc[out.index]
