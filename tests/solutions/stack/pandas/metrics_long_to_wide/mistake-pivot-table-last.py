# expect: values are all NaN was dropped
import pandas as pd


def metrics_table(log, metric):
    rows = log[log["metric"] == metric]
    if rows.empty:
        return pd.DataFrame(index=pd.Index([], dtype="int64", name="epoch"),
                            columns=pd.Index([], dtype=object, name="run"), dtype=float)
    return rows.pivot_table(index="epoch", columns="run", values="value", aggfunc="last")
