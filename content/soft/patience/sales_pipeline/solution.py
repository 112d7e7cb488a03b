"""Six bugs in four layers, and they hide one another: the month-first date format
crashes on the 13th of a month (and silently swaps day and month before it); the
'-' marker for a missing value, unread, leaves `units` and `price` as text, which
crashes the next stage; `dropna()` over every column throws away the rows with a
missing price, so the per-store fill is never exercised and its bug (a median over
all stores) stays invisible until that first fix; a week number computed from the
day of the year moves every Sunday into the next week; and an unweighted mean of
prices is not the price per unit sold once a week holds sales at several prices.

The way through is the one that works on any pipeline: run it on the smallest
failing input, look at each stage's output in turn, fix the first stage that is
wrong, and run again. Fixing a later symptom first (patching the summary until its
numbers look plausible) only piles new bugs onto the old ones. The common wrong
approach is to read the whole program looking for everything at once: two of these
bugs cannot be seen until the ones in front of them are gone.
"""

import io

import pandas as pd


def load(text: str) -> pd.DataFrame:
    """Parse the till export: day-first dates, '-' for a missing value."""
    df = pd.read_csv(
        io.StringIO(text),
        na_values=["-"],
        dtype={"store": "str", "units": "float64", "price": "float64"},
    )
    df["date"] = pd.to_datetime(df["date"], format="%d/%m/%Y")
    return df


def clean(df: pd.DataFrame) -> pd.DataFrame:
    """Drop re-sent rows and rows without a unit count; fill prices per store."""
    df = df.drop_duplicates()
    df = df.dropna(subset=["units"])
    store_median = df.groupby("store")["price"].transform("median")
    df = df.assign(price=df["price"].fillna(store_median))
    return df.reset_index(drop=True)


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    """Revenue per row and the ISO week of the sale."""
    return df.assign(
        revenue=df["units"] * df["price"],
        week=df["date"].dt.isocalendar().week.astype("int64"),
    )


def summarise(df: pd.DataFrame) -> pd.DataFrame:
    """One row per store and week: units, revenue and the price per unit sold."""
    out = df.groupby(["store", "week"], as_index=False).agg(
        units=("units", "sum"), revenue=("revenue", "sum")
    )
    out["avg_price"] = out["revenue"] / out["units"]
    return out.sort_values(["store", "week"]).reset_index(drop=True)


def run_pipeline(text: str) -> dict[str, pd.DataFrame]:
    parsed = load(text)
    cleaned = clean(parsed)
    features = add_features(cleaned)
    return {
        "parsed": parsed,
        "clean": cleaned,
        "features": features,
        "summary": summarise(features),
    }
