# expect: median of the whole column


def fill_by_group_median(df, group_col, value_col):
    out = df.copy()
    out[value_col] = out[value_col].fillna(out[value_col].median())
    return out
