"""Facts computed from the data itself: every number a report states is checked
against these (or against a number in the statement)."""

import math
from itertools import combinations

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.metrics import roc_auc_score

FRAME = load_breast_cancer(as_frame=True).frame  # 30 features and "target"
FEATURES = [c for c in FRAME.columns if c != "target"]
NAMES = {0: "malignant", 1: "benign"}  # the target's coding in scikit-learn


def _facts(df):
    X, y = df[FEATURES], df["target"]
    facts = {
        "rows": len(df),
        "features": len(FEATURES),
        "missing": int(df.isna().sum().sum()),
        "duplicate_rows": int(df.duplicated().sum()),
        "two_pi": 2 * math.pi,
        "pi": math.pi,
    }
    for code, name in NAMES.items():
        facts[f"{name}_count"] = int((y == code).sum())
        facts[f"{name}_share"] = float((y == code).mean())
    facts["benign_per_malignant"] = facts["benign_count"] / facts["malignant_count"]
    for column in FEATURES:
        values = X[column]
        stats = {
            "mean": values.mean(), "median": values.median(), "std": values.std(),
            "min": values.min(), "max": values.max(),
            "q25": values.quantile(0.25), "q75": values.quantile(0.75),
            "zeros": int((values == 0).sum()), "zero_share": float((values == 0).mean()),
        }
        for code, name in NAMES.items():
            group = values[y == code]
            stats.update({f"{name}_mean": group.mean(), f"{name}_median": group.median()})
        stats["median_ratio"] = stats["malignant_median"] / stats["benign_median"]
        stats["mean_ratio"] = stats["malignant_mean"] / stats["benign_mean"]
        auc = roc_auc_score(y == 0, values)  # how well the feature alone ranks malignant first
        stats["auc"], stats["auc_flipped"] = auc, 1 - auc
        facts.update({f"{column}_{k}": v for k, v in stats.items()})
    corr = X.corr()
    for a, b in combinations(FEATURES, 2):
        facts[f"corr_{a}_{b}"] = corr.loc[a, b]
    facts["max_over_min_feature_max"] = X.max().max() / X.max().min()
    zero_rows = (X == 0).any(axis=1)
    facts["rows_with_a_zero"] = int(zero_rows.sum())
    facts["rows_with_a_zero_benign"] = int((zero_rows & (y == 1)).sum())
    facts["rows_with_a_zero_malignant"] = int((zero_rows & (y == 0)).sum())
    facts["columns_with_zeros"] = int((X == 0).any().sum())
    # The geometry of a nucleus: perimeter against radius, area against pi r^2.
    for prefix in ("mean", "worst"):
        r, p, a = X[f"{prefix} radius"], X[f"{prefix} perimeter"], X[f"{prefix} area"]
        for name, ratio in (("perimeter_over_radius", p / r), ("area_over_pi_r2", a / (math.pi * r**2))):
            facts[f"{prefix}_{name}_mean"] = ratio.mean()
            facts[f"{prefix}_{name}_median"] = ratio.median()
            facts[f"{prefix}_{name}_min"] = ratio.min()
            facts[f"{prefix}_{name}_max"] = ratio.max()
    return {k: float(v) for k, v in facts.items() if np.isfinite(v)}


FACTS = _facts(FRAME)
