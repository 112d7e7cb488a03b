# expect: NaN became a number


def cap_outliers(df, column, low, high):
    out = df.copy()
    s = out[column]
    out[column] = s.where(s <= high, high).where(s >= low, low)
    out["capped"] = (s > high) | (s < low)
    return out
