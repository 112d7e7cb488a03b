import pandas as pd


def cap_outliers(df: pd.DataFrame, column: str, low: float, high: float) -> pd.DataFrame:
    """A copy of df with `column` clipped to [low, high], and a bool column "capped".

    Users report that the "capped" flags are right but the values are never clipped.
    Find out why and fix it.
    """
    out = df.copy()
    too_high = out[column] > high
    too_low = out[column] < low
    out[too_high][column] = high
    out[too_low][column] = low
    out["capped"] = too_high | too_low
    return out
