"""`out[too_high][column] = high` is two steps: `out[too_high]` builds a new frame (a
boolean mask always selects a copy), and the assignment changes that temporary frame,
which is then discarded. Under copy-on-write, pandas' default since version 3, a
chained assignment never writes through to `out`; pandas only warns. One `.loc` call
with the row mask and the column label, `out.loc[too_high, column] = high`, selects
and assigns in a single step on `out` itself.

`out[column] = out[column].clip(low, high)` is an equally good fix: clip keeps NaN.
The common wrong fix is `df.loc[...] = ...` on the input instead of on the copy,
which changes the caller's frame, a surprise for whoever uses it next.
"""

import pandas as pd


def cap_outliers(df: pd.DataFrame, column: str, low: float, high: float) -> pd.DataFrame:
    out = df.copy()
    too_high = out[column] > high
    too_low = out[column] < low
    out.loc[too_high, column] = high
    out.loc[too_low, column] = low
    out["capped"] = too_high | too_low
    return out
