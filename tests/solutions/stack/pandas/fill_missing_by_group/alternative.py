def fill_by_group_median(df, group_col, value_col):
    # One median per group, then mapped back onto the rows through their group label.
    medians = df.groupby(group_col)[value_col].median()
    out = df.copy()
    holes = out[value_col].isna()
    if holes.any():
        out.loc[holes, value_col] = out.loc[holes, group_col].map(medians)
    return out
