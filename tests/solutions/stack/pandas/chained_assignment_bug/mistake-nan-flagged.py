# expect: NaN row was flagged
def cap_outliers(df, column, low, high):
    out = df.copy()
    out[column] = out[column].clip(low, high)
    out["capped"] = out[column] != df[column]
    return out
