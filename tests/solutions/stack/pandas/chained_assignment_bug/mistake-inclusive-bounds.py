# expect: exactly at low or high was flagged as capped[^\n]*not >= and <=
# >= and <= instead of > and <: the values at the bounds are rewritten to themselves, so
# the numbers are right, but those rows are flagged as capped.
def cap_outliers(df, column, low, high):
    out = df.copy()
    hi = out[column] >= high
    lo = out[column] <= low
    out.loc[hi, column] = high
    out.loc[lo, column] = low
    out["capped"] = hi | lo
    return out
