# expect: first wrong stage is 'summary'.*dtype int64 at \['week'\]
# Every stage right on a real export, but the summary is built row by row from a list,
# so on an export without sales it has no dtypes: the statement asks for the usual ones.
import io

import pandas as pd


def load(text):
    df = pd.read_csv(io.StringIO(text), dtype=str)
    out = pd.DataFrame(
        {
            "date": pd.to_datetime(df["date"], format="%d/%m/%Y"),
            "store": df["store"],
            "units": pd.to_numeric(df["units"], errors="coerce").astype("float64"),
            "price": pd.to_numeric(df["price"], errors="coerce").astype("float64"),
        }
    )
    return out


def clean(df):
    df = df.drop_duplicates().dropna(subset=["units"]).reset_index(drop=True)
    med = df.groupby("store")["price"].median()
    df["price"] = df["price"].fillna(df["store"].map(med))
    return df


def add_features(df):
    iso = df["date"].dt.isocalendar()
    return df.assign(revenue=df.units * df.price, week=iso["week"].astype("int64"))


def summarise(df):
    rows = []
    for (store, week), g in df.groupby(["store", "week"], sort=True):
        u, r = g["units"].sum(), g["revenue"].sum()
        rows.append({"store": store, "week": week, "units": u, "revenue": r, "avg_price": r / u})
    return pd.DataFrame(rows, columns=["store", "week", "units", "revenue", "avg_price"])


def run_pipeline(text):
    p = load(text)
    c = clean(p)
    f = add_features(c)
    return {"parsed": p, "clean": c, "features": f, "summary": summarise(f)}
