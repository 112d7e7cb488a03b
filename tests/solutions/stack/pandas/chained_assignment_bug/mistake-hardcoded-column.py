# expect: raised KeyError


def cap_outliers(df, column, low, high):
    out = df.copy()
    hi = out["spend"] > high
    lo = out["spend"] < low
    out.loc[hi, "spend"] = high
    out.loc[lo, "spend"] = low
    out["capped"] = hi | lo
    return out
