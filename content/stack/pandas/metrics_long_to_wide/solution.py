"""Filter to the metric, drop the earlier duplicates with
`drop_duplicates(["run", "epoch"], keep="last")`, then `pivot`: it puts `epoch` in the
index and one column per run, both sorted (pivot reshapes through a sorted index, so
no `sort_index` is needed), and it raises on duplicates, so it also proves that none
are left. `astype(float)` keeps the dtype float64 even for an empty result.

The common wrong approach is `pivot_table(index="epoch", columns="run",
values="value")`: it silently averages the duplicated epochs (its default aggfunc is
the mean), producing numbers no run ever logged. `aggfunc="last"` is no cure either: like
`groupby(...).last()` it takes the last non-missing value, so a NaN written last is
skipped, and pivot_table drops the runs and epochs whose values are all NaN.
"""

import pandas as pd


def metrics_table(log: pd.DataFrame, metric: str) -> pd.DataFrame:
    rows = log[log["metric"] == metric].drop_duplicates(["run", "epoch"], keep="last")
    table = rows.pivot(index="epoch", columns="run", values="value")
    return table.astype(float)
