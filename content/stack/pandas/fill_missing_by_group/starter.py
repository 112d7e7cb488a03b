import pandas as pd


def fill_by_group_median(df: pd.DataFrame, group_col: str, value_col: str) -> pd.DataFrame:
    """Return a copy of df where NaNs in value_col are filled by their group's median.

    Groups with no values stay NaN. Keep the index, column order and dtypes;
    do not modify df.
    """
    # TODO: compute each row's group median (aligned with df's rows),
    # then use it to fill only the missing values, in a copy.
    raise NotImplementedError("fill_by_group_median is not written yet")
