"""Facts computed from the data itself: every number a report states is checked
against these (or against a number in the statement)."""

from itertools import combinations

import numpy as np
from sklearn.datasets import load_diabetes

FRAME = load_diabetes(as_frame=True, scaled=False).frame  # 10 features and "target"
FEATURES = [c for c in FRAME.columns if c != "target"]


def _facts(df):
    facts = {
        "rows": len(df),
        "features": len(FEATURES),
        "columns": df.shape[1],
        "missing": int(df.isna().sum().sum()),
        "duplicate_rows": int(df.duplicated().sum()),
    }
    for column in df.columns:
        values = df[column]
        facts.update({
            f"{column}_mean": values.mean(),
            f"{column}_std": values.std(),
            f"{column}_min": values.min(),
            f"{column}_max": values.max(),
            f"{column}_median": values.median(),
            f"{column}_q25": values.quantile(0.25),
            f"{column}_q75": values.quantile(0.75),
            f"{column}_range": values.max() - values.min(),
            f"{column}_iqr": values.quantile(0.75) - values.quantile(0.25),
            f"{column}_distinct": values.nunique(),
            f"{column}_skew": values.skew(),
            f"{column}_whole": int((values == values.round()).sum()),
            f"{column}_whole_share": float((values == values.round()).mean()),
        })
    for method in ("pearson", "spearman"):
        corr = df.corr(method=method)
        for a, b in combinations(df.columns, 2):
            facts[f"{method}_{a}_{b}"] = corr.loc[a, b]
        for column in FEATURES:
            facts[f"{method}_r2_{column}_target"] = corr.loc[column, "target"] ** 2
    for code in sorted(df["sex"].unique()):
        group = df[df["sex"] == code]
        facts[f"sex_{code:g}_count"] = len(group)
        facts[f"sex_{code:g}_share"] = len(group) / len(df)
        facts[f"sex_{code:g}_target_mean"] = group["target"].mean()
        facts[f"sex_{code:g}_target_median"] = group["target"].median()
    s4 = df["s4"]
    facts["s4_not_whole"] = int((s4 != s4.round()).sum())
    for value, count in s4.round(2).value_counts().head(6).items():
        facts[f"s4_count_{value:g}"] = int(count)
        facts[f"s4_share_{value:g}"] = count / len(df)
    facts["target_mean_minus_median"] = df["target"].mean() - df["target"].median()
    return {k: float(v) for k, v in facts.items() if np.isfinite(v)}


FACTS = _facts(FRAME)
