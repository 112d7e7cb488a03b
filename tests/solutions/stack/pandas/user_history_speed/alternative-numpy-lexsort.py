import numpy as np
import pandas as pd


def add_history_features(events):
    user = events["user_id"].to_numpy()
    ts = events["timestamp"].to_numpy()
    amount = events["amount"].to_numpy()
    n = len(events)
    # lexsort: last key first; the row position breaks ties
    order = np.lexsort((np.arange(n), ts, user))
    u, t, a = user[order], ts[order], amount[order]
    new_user = np.ones(n, dtype=bool)
    new_user[1:] = u[1:] != u[:-1]
    start = np.maximum.accumulate(np.where(new_user, np.arange(n), 0))
    n_prev = np.arange(n) - start
    gaps = np.full(n, np.nan)
    if n > 1:
        gaps[1:] = (t[1:] - t[:-1]) / np.timedelta64(1, "h")
    gaps[new_user] = np.nan
    present = ~np.isnan(a)
    filled = np.where(present, a, 0.0)
    csum, ccount = np.cumsum(filled), np.cumsum(present)
    # running totals within each user, then minus the row itself
    base_sum = (csum - filled)[start]
    base_count = (ccount - present)[start]
    prev_sum = csum - filled - base_sum
    prev_count = ccount - present - base_count
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(prev_count > 0, prev_sum / prev_count, np.nan)
    out = events.copy()
    for name, values in (("n_prev", n_prev.astype(np.int64)), ("hours_since_prev", gaps),
                         ("prev_amount_mean", means)):
        col = np.empty_like(values)
        col[order] = values
        out[name] = col
    return out
