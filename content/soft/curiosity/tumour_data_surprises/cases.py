"""Facts computed from the data itself: every number a report states is checked
against these (or against a number in the statement), each in its own words."""

import math
import re
from itertools import combinations

import numpy as np
from sklearn.datasets import load_breast_cancer
from sklearn.metrics import roc_auc_score

from mldojo.grading.casekit import Fact

FRAME = load_breast_cancer(as_frame=True).frame  # 30 features and "target"
FEATURES = [c for c in FRAME.columns if c != "target"]
NAMES = {0: "malignant", 1: "benign"}  # the target's coding in scikit-learn

# Every result is tied to the words that say what it is: a number counts as a result
# only where its sentence (or the one before it) names it, so "0.997" cannot pass as
# some other pair's correlation.
PROPERTY = {
    "radius": r"radi(us|i)", "texture": r"textur", "perimeter": r"perimeter",
    "area": r"\barea", "smoothness": r"smooth", "compactness": r"compact",
    "concavity": r"concavit", "concave points": r"concave[- ]?points?",
    "symmetry": r"symmetr", "fractal dimension": r"fractal",
}
VARIANT = {"mean": None, "error": r"error|\bse\b", "worst": r"worst|largest|extreme"}
STAT = {
    "mean": r"\bmean|average", "median": r"median|middle|typical",
    "std": r"\bstd|standard deviation|spread|\bsd\b|σ",
    # "0.05 to 0.16" gives the lowest value first, as "from 0.05 to 0.16" does.
    "min": r"\bmin|smallest|lowest|least|from|down to|starts|range|between|\d\s+to\s+\d",
    "max": r"\bmax|largest|highest|reach|up to|peak|top|pass|below|under|stays?|at most|"
           r"range|between|\bto\b",
    # "the middle half lies between 420 and 790" gives both quartiles
    "q25": r"quartile|\bq1\b|25|percentile|\biqr|middle (half|50)|central (half|50)",
    "q75": r"quartile|\bq3\b|75|percentile|\biqr|middle (half|50)|central (half|50)",
    "zeros": r"zero|\b0\b", "zero_share": r"zero|\b0\b",
}
CLASS = {"malignant": r"malignan|cancer", "benign": r"benign"}
CORRELATION = r"correl|\br\b|coefficient|pearson|ρ"
RANKING = r"\bauc|\broc\b|rank|separat|discriminat"
RATIO = r"ratio|times|×|twice|double|higher|larger|bigger"
ZERO = r"zero|\b0\b"
# How the target is coded, said the ways a person says it (the rubric's own patterns).
CODE = {
    "malignant": r"\|\s*(0|zero)\s*\|\s*malignant|malignant\s*\|\s*(0|zero)\s*\||malignant\W{0,3}\s*(is\s+|as\s+|=\s*|:\s*|means\s+|coded\s+(as\s+)?|labell?ed\s+(as\s+)?|encoded\s+(as\s+)?|class\s+|label\s+)+(the\s+)?(class\s+|label\s+|value\s+)?(0|zero)\b|\b(0|zero)\W{0,3}\s*(=|is|means|for|stands\s+for|marks|:|→|->|denotes|encodes)\s*(a\s+|the\s+)?malignant|(class|label|target|code|coded)\s+0\b"
                 r"|malignan\w*\s+(tumou?rs?\s+|cases\s+|samples\s+|ones\s+)?(are|is)\s+(coded|labell?ed|encoded|marked|stored)\s+(as\s+)?(0|zero)\b"
                 r"|malignan\w*\s+(tumou?rs?\s+|cases\s+|samples\s+|ones\s+)?(have|has|carry|carries|get|gets|take|takes|receive|receives)\s+(the\s+)?(label|class|code|value|target)\s+(0|zero)\b",
    "benign": r"\|\s*(1|one)\s*\|\s*benign|benign\s*\|\s*(1|one)\s*\||benign\W{0,3}\s*(is\s+|as\s+|=\s*|:\s*|means\s+|coded\s+(as\s+)?|labell?ed\s+(as\s+)?|encoded\s+(as\s+)?|class\s+|label\s+)+(the\s+)?(class\s+|label\s+|value\s+)?(1|one)\b|\b(1|one)\W{0,3}\s*(=|is|means|for|stands\s+for|marks|:|→|->|denotes|encodes)\s*(a\s+|the\s+)?benign|(class|label|target|code|coded)\s+1\b"
              r"|\band\s+benign\s+(tumou?rs?\s+|cases\s+|samples\s+|ones\s+)?(1|one)\b"
              r"|\bbenign\s+(tumou?rs?\s+|cases\s+|samples\s+|ones\s+)?((have|has|carry|carries|get|gets|take|takes|receive|receives)\s+)?(the\s+)?(label|code|value|target)\s+(1|one)\b",
}


def _words(column):
    """The patterns a sentence about a column must hold: its property, and its variant
    unless it is the plain ("mean") one, which people name by the property alone."""
    variant, _, prop = column.partition(" ")
    if variant not in VARIANT:  # "radius error", "concave points error"
        prop, variant = column.rsplit(" ", 1)[0], "error"
    words = (PROPERTY[prop],)
    return words if VARIANT[variant] is None else (*words, VARIANT[variant])


def _facts(df):
    X, y = df[FEATURES], df["target"]
    facts = {
        "rows": Fact(len(df), r"tumou?r|rows|samples|patients|cases|data|observations"),
        "features": Fact(len(FEATURES), r"features|columns|measurements"),
        "missing": Fact(int(df.isna().sum().sum()), r"missing|\bnan|null|empty"),
        "duplicate_rows": Fact(int(df.duplicated().sum()), r"duplicat"),
        "two_pi": Fact(2 * math.pi, r"π|\bpi\b|circle|round|circumference"),
        "pi": Fact(math.pi, r"π|\bpi\b|circle|round"),
        "zero": Fact(0, r"concav|zero|measure|value|wrote|record", what="the value 0"),
    }
    for code, name in NAMES.items():
        facts[f"{name}_code"] = Fact(
            code, (CODE[name], r"\bcod|class|label|target|=|\by\b|positive|\|"),
            what=f"the code of {name}",
        )
        facts[f"{name}_count"] = Fact(int((y == code).sum()), CLASS[name])
        facts[f"{name}_share"] = Fact(float((y == code).mean()), CLASS[name])
    facts["benign_per_malignant"] = Fact(
        facts["benign_count"].value / facts["malignant_count"].value,
        (CLASS["benign"], CLASS["malignant"], RATIO + r"|per\b|for every|:\s*1\b"),
    )
    for column in FEATURES:
        values = X[column]
        words = _words(column)
        stats = {
            "mean": values.mean(), "median": values.median(), "std": values.std(),
            "min": values.min(), "max": values.max(),
            "q25": values.quantile(0.25), "q75": values.quantile(0.75),
            "zeros": int((values == 0).sum()), "zero_share": float((values == 0).mean()),
        }
        for stat, value in stats.items():
            facts[f"{column}_{stat}"] = Fact(value, (*words, STAT[stat]), what=f"{column} {stat}")
        for code, name in NAMES.items():
            group = values[y == code]
            for stat in ("mean", "median"):
                facts[f"{column}_{name}_{stat}"] = Fact(
                    getattr(group, stat)(), (*words, CLASS[name], STAT[stat]),
                    what=f"the {stat} {column} of {name} tumours",
                )
        malignant, benign = values[y == 0], values[y == 1]
        for stat in ("mean", "median"):
            facts[f"{column}_{stat}_ratio"] = Fact(
                getattr(malignant, stat)() / getattr(benign, stat)(), (*words, RATIO),
                what=f"the ratio of the classes' {stat} {column}",
            )
        auc = roc_auc_score(y == 0, values)  # how well the feature alone ranks malignant first
        facts[f"{column}_auc"] = Fact(auc, (*words, RANKING), what=f"the AUC of {column}")
        facts[f"{column}_auc_flipped"] = Fact(1 - auc, (*words, RANKING))
    corr = X.corr()
    for a, b in combinations(FEATURES, 2):
        facts[f"corr_{a}_{b}"] = Fact(
            corr.loc[a, b], (*_words(a), *_words(b), CORRELATION),
            what=f"the correlation of {a} and {b}",
        )
    facts["max_over_min_feature_max"] = Fact(
        X.max().max() / X.max().min(), r"scale|magnitude|times|ratio|range"
    )
    zero_rows = (X == 0).any(axis=1)
    facts["rows_with_a_zero"] = Fact(int(zero_rows.sum()), ZERO)
    facts["rows_with_a_zero_benign"] = Fact(int((zero_rows & (y == 1)).sum()), (ZERO, "benign"))
    facts["rows_with_a_zero_malignant"] = Fact(
        int((zero_rows & (y == 0)).sum()), (ZERO, CLASS["malignant"])
    )
    facts["columns_with_zeros"] = Fact(int((X == 0).any().sum()), (ZERO, r"column|feature"))
    # The geometry of a nucleus: perimeter against radius, area against pi r^2.
    for prefix in ("mean", "worst"):
        r, p, a = X[f"{prefix} radius"], X[f"{prefix} perimeter"], X[f"{prefix} area"]
        variant = () if prefix == "mean" else (VARIANT["worst"],)
        for name, ratio, words in (
            ("perimeter_over_radius", p / r, ("perimeter", "radi", r"over|ratio|divided|/|per")),
            ("area_over_pi_r2", a / (math.pi * r**2), ("area", r"π|\bpi\b|r²|r\^?2")),
        ):
            for stat in ("mean", "median", "min", "max"):
                facts[f"{prefix}_{name}_{stat}"] = Fact(
                    getattr(ratio, stat)(), (*words, *variant), what=f"{prefix} {name} {stat}"
                )
    return {k: v for k, v in facts.items() if np.isfinite(v.value)}


FACTS = _facts(FRAME)
STATEMENT_NUMBERS = False  # the statement's numbers are examples of rounding, not results


# "radius and area correlate at 0.998": the number must be a correlation of that pair
# (in any of the mean, error and worst columns), not of the pair beside it.
_ANY = "|".join(f"(?:{p})" for p in PROPERTY.values()).replace("(us|i)", "(?:us|i)")
PAIR = re.compile(
    rf"\b(?P<a>{_ANY})\w*\s+and\s+(?:(?:mean|worst)\s+)?(?P<b>{_ANY})\w*\b"
    r"[^.;,\d]{0,40}?(?<![\w.])(?P<r>0?\.\d+)\b(?!\s*%)"
)


def _property(word):
    return next(p for p, pattern in PROPERTY.items() if re.match(pattern, word))


def _columns(prop):
    return [c for c in FEATURES if c.startswith(prop + " ") or c.endswith(" " + prop)
            or c == prop]


def _pairs(report):
    corr = FRAME[FEATURES].corr()
    text = " ".join(report.split()).lower()
    for match in PAIR.finditer(text):
        a, b = _property(match["a"]), _property(match["b"])
        digits = match["r"]
        if a == b or not re.search(CORRELATION, text[max(0, match.start() - 80):match.end() + 20]):
            continue
        decimals = len(digits.split(".")[1])
        values = [corr.loc[x, y] for x in _columns(a) for y in _columns(b)]
        if not any(abs(round(abs(v), decimals) - float(digits)) < 1e-9 for v in values):
            return (f"“{match.group(0)}”: {digits} is not a correlation of {a} and {b}; check "
                    "which pair each number belongs to")
    return None


# "138.00 for malignant tumours against 86.92 for benign ones": a sentence that names both
# classes lets either number pass for either class, so each number said right beside a
# class must be a result of that class, not of the other one.
_NUMBER = r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)(?![\d.]*\s*%)(?!\.\d)"
_CLASS_WORD = r"(?P<c>malignan\w*|benign)"
BESIDE_CLASS = (
    re.compile(_NUMBER + r"\s+(?:for|in|among|across|of)\s+(?:the\s+|all\s+)?" + _CLASS_WORD),
    re.compile(_CLASS_WORD + r"(?:\s+(?:tumou?rs|ones|samples|cases|class))?"
               r"(?:\s*:|\s+(?:at|is|are|has|have|with|of|near|around|about|reaching)"
               r"(?:\s+(?:a|an|the))?(?:\s+(?:mean|median|average))?(?:\s+(?:of|at))?)"
               r"(?:\s+(?:about|around|roughly|nearly))?\s+" + _NUMBER),
)


def _class_values(name):
    return [f.value for key, f in FACTS.items()
            if key.startswith(f"{name}_") or f"_{name}_" in key or key.endswith(f"_{name}")]


def _said(value, digits):
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    return abs(round(value, decimals) - float(digits)) < 1e-9


def _class_numbers(report):
    text = " ".join(report.split()).lower()
    values = {name: _class_values(name) for name in NAMES.values()}
    for pattern in BESIDE_CLASS:
        for match in pattern.finditer(text):
            name = "malignant" if match["c"].startswith("malignan") else "benign"
            other = "benign" if name == "malignant" else "malignant"
            digits = match["n"]
            if (not any(_said(v, digits) for v in values[name])
                    and any(_said(v, digits) for v in values[other])):
                return (f"“{match.group(0)}”: {digits} is a result of the {other} tumours, not "
                        f"of the {name} ones; check which class each number belongs to")
    return None


def check(report):
    """Each correlation said with a pair of properties belongs to that pair, and each
    number said beside a class belongs to that class."""
    return {
        "each correlation belongs to the pair it is said with": _pairs(report),
        "each number said beside a class belongs to that class": _class_numbers(report),
    }
