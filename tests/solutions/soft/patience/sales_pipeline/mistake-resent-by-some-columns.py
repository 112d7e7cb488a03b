# expect: rows equal only in date, store and units were dropped as re-sent
# Re-sent rows found by date, store and units only: a second sale of as many units
# at another price, on the same day and in the same store, is dropped too.
import io

import numpy as np
import pandas as pd


def load(text):
    df = pd.read_csv(io.StringIO(text), na_values="-", keep_default_na=False)
    df["date"] = pd.to_datetime(df["date"], dayfirst=True, format="%d/%m/%Y")
    df["units"] = df["units"].astype(float)
    df["price"] = df["price"].astype(float)
    df["store"] = df["store"].astype(str)
    return df


def clean(df):
    df = df.drop_duplicates(subset=["date", "store", "units"])
    df = df[df["units"].notna()]
    df["price"] = df.groupby("store")["price"].transform(lambda s: s.fillna(s.median()))
    return df.reset_index(drop=True)


def add_features(df):
    df = df.copy()
    df["revenue"] = df["units"] * df["price"]
    df["week"] = df["date"].dt.strftime("%V").astype(np.int64)
    return df


def summarise(df):
    g = df.groupby(["store", "week"])[["units", "revenue"]].sum().reset_index()
    g["avg_price"] = g["revenue"] / g["units"]
    return g.sort_values(["store", "week"], ignore_index=True)


def run_pipeline(text):
    p = load(text)
    c = clean(p)
    f = add_features(c)
    return {"parsed": p, "clean": c, "features": f, "summary": summarise(f)}
