# expect: index repeats labels
import pandas as pd


def fill_by_group_median(df, group_col, value_col):
    out = df.copy()
    med = df.groupby(group_col)[value_col].median()
    for label in out.index[out[value_col].isna()]:
        g = out.loc[label, group_col]
        if isinstance(g, pd.Series):
            g = g.iloc[0]
        out.loc[label, value_col] = med[g]
    return out
