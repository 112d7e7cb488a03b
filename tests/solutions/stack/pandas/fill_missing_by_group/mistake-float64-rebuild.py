# expect: came back float64, but df holds it as float32

import numpy as np
import pandas as pd


def fill_by_group_median(df, group_col, value_col):
    codes, uniq = pd.factorize(df[group_col])
    vals = df[value_col].to_numpy(dtype=float)
    fill = vals.copy()
    for c in range(len(uniq)):
        m = codes == c
        present = vals[m][~np.isnan(vals[m])]
        med = np.median(present) if present.size else np.nan
        hole = m & np.isnan(vals)
        fill[hole] = med
    out = df.copy()
    if np.isnan(vals).any():
        out[value_col] = fill
    return out
