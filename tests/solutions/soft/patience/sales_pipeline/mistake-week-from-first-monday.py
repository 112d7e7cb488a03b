# expect: Monday on or before 1 January.*isocalendar
# Every bug fixed but the week: %W + 1 matches the ISO week in 2025 (1 January a
# Wednesday) and is one too high in a year that starts on a Friday.

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
        week=(df["date"].dt.strftime("%W").astype("int64") + 1),
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
