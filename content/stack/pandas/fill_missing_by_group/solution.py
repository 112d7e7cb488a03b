"""`groupby(...).transform("median")` returns one value per **row**, aligned with
the original index, so it can be handed straight to `fillna`: only the holes are
filled, the row order and the other columns are untouched, and a group with no
values gets a NaN median, so its rows stay NaN. Working on `df.copy()` leaves the
caller's frame alone.

A common wrong approach is `df.groupby(group_col)[value_col].median()` followed by
a loop or a `merge`: the aggregate has one row per group, so putting it back means
re-aligning by hand, and a `merge` resets the index. Another is
`groupby(...).apply(lambda g: g.fillna(g.median()))`, which can sort the rows by
group and add the group key to the index. And `df[value_col].fillna(df[value_col].median())`
is the global median: it ignores the groups entirely.
"""

import pandas as pd


def fill_by_group_median(df: pd.DataFrame, group_col: str, value_col: str) -> pd.DataFrame:
    out = df.copy()
    medians = out.groupby(group_col)[value_col].transform("median")
    out[value_col] = out[value_col].fillna(medians)
    return out
