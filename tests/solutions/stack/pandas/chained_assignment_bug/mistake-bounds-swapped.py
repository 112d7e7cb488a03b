# expect: bounds are swapped


def cap_outliers(df, column, low, high):
    out = df.copy()
    hi = out[column] > high
    lo = out[column] < low
    out.loc[hi, column] = low
    out.loc[lo, column] = high
    out["capped"] = hi | lo
    return out
