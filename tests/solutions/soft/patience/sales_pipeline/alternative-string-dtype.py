"""Stores read as pandas' "string" dtype: the statement asks only for text, so this
must pass like object or str. Also written stage by stage with explicit steps."""

from __future__ import annotations

import io

import numpy as np
import pandas as pd


def load(text: str) -> pd.DataFrame:
    """Parse the till export: day-first dates, '-' for a missing value."""
    df = pd.read_csv(io.StringIO(text), na_values=["-"], keep_default_na=False,
                     dtype={"date": "string", "store": "string"})
    df["date"] = pd.to_datetime(df["date"], format="%d/%m/%Y")
    for column in ("units", "price"):
        df[column] = pd.to_numeric(df[column]).astype(np.float64)
    return df[["date", "store", "units", "price"]]


def clean(df: pd.DataFrame) -> pd.DataFrame:
    """Drop re-sent rows and rows without a unit count; fill prices per store."""
    kept = df[~df.duplicated(keep="first")]
    kept = kept[kept["units"].notna()].copy()
    medians = kept.groupby("store")["price"].median()
    missing = kept["price"].isna()
    kept.loc[missing, "price"] = kept.loc[missing, "store"].map(medians).astype(np.float64)
    return kept.reset_index(drop=True)


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    """Revenue per row and the ISO week of the sale."""
    out = df.copy()
    out["revenue"] = out["units"] * out["price"]
    out["week"] = np.asarray([d.isocalendar()[1] for d in out["date"]], dtype=np.int64)
    return out


def summarise(df: pd.DataFrame) -> pd.DataFrame:
    """One row per store and week: units, revenue and the price per unit sold."""
    grouped = df.groupby(["store", "week"], sort=True)[["units", "revenue"]].sum()
    grouped["avg_price"] = grouped["revenue"] / grouped["units"]
    return grouped.reset_index()[["store", "week", "units", "revenue", "avg_price"]]


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
