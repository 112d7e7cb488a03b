# expect: temporary copy|out\.loc
def cap_outliers(df, column, low, high):
    # The other chained form: column first, then rows. Still a temporary object.
    out = df.copy()
    too_high = out[column] > high
    too_low = out[column] < low
    out[column][too_high] = high
    out[column][too_low] = low
    out["capped"] = too_high | too_low
    return out
