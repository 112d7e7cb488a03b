# expect: mean of the two middle ones


def fill_by_group_median(df, group_col, value_col):
    out = df.copy()
    q = out.groupby(group_col)[value_col].transform(
        lambda s: s.quantile(0.5, interpolation="lower")
    )
    out[value_col] = out[value_col].fillna(q)
    return out
