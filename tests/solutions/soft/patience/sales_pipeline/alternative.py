import io

import pandas as pd


def load(text: str) -> pd.DataFrame:
    """Read everything as text first, then convert each column on purpose."""
    df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    df["date"] = pd.to_datetime(df["date"], dayfirst=True, format="%d/%m/%Y")
    df["store"] = df["store"].astype(str)
    for column in ("units", "price"):
        df[column] = pd.to_numeric(df[column].replace("-", None), errors="raise").astype("float64")
    return df


def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df[~df.duplicated(keep="first")]
    df = df[df["units"].notna()]
    medians = df.groupby("store")["price"].median()
    filled = df["price"].fillna(df["store"].map(medians))
    return df.assign(price=filled).reset_index(drop=True)


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["revenue"] = out["units"] * out["price"]
    out["week"] = out["date"].map(lambda d: d.isocalendar()[1]).astype("int64")
    return out


def summarise(df: pd.DataFrame) -> pd.DataFrame:
    sums = df.groupby(["store", "week"])[["units", "revenue"]].sum().reset_index()
    sums["avg_price"] = sums["revenue"] / sums["units"]
    return sums.sort_values(["store", "week"], ignore_index=True)


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
