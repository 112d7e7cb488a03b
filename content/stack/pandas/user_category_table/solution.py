"""Select first, reshape second, and then make the shape explicit. The boolean mask
keeps the half-open window `start <= t < end` and only the users and categories
that belong in the table; `pivot_table(..., aggfunc="sum")` turns the long event
log into one row per user and one column per category; `reindex` then fixes the
rows and columns to exactly `users` and `categories`, in the required order, with
0.0 where there was nothing to sum. `join` puts each user's country in front.

The common wrong approaches: trusting the pivot's own shape (it has only the users
and categories that occur in the window, sorted alphabetically, with NaN for empty
cells); `timestamp <= end`, which counts an event at the boundary in two adjacent
windows; and merging events with users using an outer or right join, which makes
rows for unknown users or loses users without events.
"""

import pandas as pd


def user_category_table(
    events: pd.DataFrame,
    users: pd.DataFrame,
    categories: list[str],
    start: pd.Timestamp,
    end: pd.Timestamp,
) -> pd.DataFrame:
    keep = (
        (events["timestamp"] >= start)
        & (events["timestamp"] < end)
        & events["user_id"].isin(users["user_id"])
        & events["category"].isin(categories)
    )
    spend = events[keep].pivot_table(
        index="user_id", columns="category", values="amount", aggfunc="sum"
    )
    ids = users["user_id"].sort_values()
    spend = spend.reindex(index=ids, columns=categories).fillna(0.0).astype("float64")
    spend.columns.name = None
    spend["total"] = spend.sum(axis=1)
    return users.set_index("user_id")[["country"]].loc[ids].join(spend)
