"""The weekly sales pipeline: till export text in, a store-by-week summary out.

It runs on some exports, crashes on others, and the numbers it prints for the
weekly review do not match the tills. Several things are wrong. Fix them one
stage at a time: run `run_pipeline` on a small export, look at each stage's
output, and fix the first stage that is wrong before looking further.
"""

import io

import pandas as pd


def load(text: str) -> pd.DataFrame:
    """Parse the till export (CSV with columns date, store, units, price)."""
    df = pd.read_csv(io.StringIO(text))
    df["date"] = pd.to_datetime(df["date"], format="%m/%d/%Y")
    return df


def clean(df: pd.DataFrame) -> pd.DataFrame:
    """Drop re-sent rows and rows without a unit count; fill missing prices."""
    df = df.drop_duplicates()
    df = df.dropna()
    df = df.assign(price=df["price"].fillna(df["price"].median()))
    return df.reset_index(drop=True)


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    """Revenue per row and the week of the sale."""
    return df.assign(
        revenue=df["units"] * df["price"],
        week=(df["date"].dt.dayofyear // 7 + 1).astype("int64"),
    )


def summarise(df: pd.DataFrame) -> pd.DataFrame:
    """One row per store and week: units, revenue and the average price."""
    out = df.groupby(["store", "week"], as_index=False).agg(
        units=("units", "sum"), revenue=("revenue", "sum"), avg_price=("price", "mean")
    )
    return out.sort_values(["store", "week"]).reset_index(drop=True)


def run_pipeline(text: str) -> dict[str, pd.DataFrame]:
    """Every stage's output, so that each can be inspected."""
    parsed = load(text)
    cleaned = clean(parsed)
    features = add_features(cleaned)
    return {
        "parsed": parsed,
        "clean": cleaned,
        "features": features,
        "summary": summarise(features),
    }


if __name__ == "__main__":
    EXPORT = """date,store,units,price
02/01/2024,north,12,2.50
13/01/2024,north,-,2.50
07/01/2024,south,5,-
07/01/2024,south,5,-
07/01/2024,south,3,4.00
"""
    for stage, frame in run_pipeline(EXPORT).items():
        print(f"--- {stage}\n{frame}\n")
