# expect: the first wrong stage is 'clean'.*differ at \['price'\]
# The store medians are rounded to cents; a median between two prices can have
# three decimals, and the statement asks for the median itself.
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
    df = df.drop_duplicates(keep="first")
    df = df[df["units"].notna()]
    df["price"] = df["price"].fillna(df.groupby("store")["price"].transform("median")).round(2)
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
