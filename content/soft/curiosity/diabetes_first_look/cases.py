"""Facts computed from the data itself: every number a report states is checked
against these, each in its own words."""

import re
from itertools import combinations

import numpy as np
from sklearn.datasets import load_diabetes

from mldojo.grading.casekit import Fact

FRAME = load_diabetes(as_frame=True, scaled=False).frame  # 10 features and "target"
FEATURES = [c for c in FRAME.columns if c != "target"]

# Every result is tied to the words that say what it is: a number counts as a result
# only where its sentence (or the one before it) names it.
COLUMN = {
    "age": r"\bage", "sex": r"\bsex|gender", "bmi": r"\bbmi|body mass",
    "bp": r"\bbp\b|blood pressure", "s1": r"\bs1\b|total cholesterol|\btc\b",
    "s2": r"\bs2\b|\bldl", "s3": r"\bs3\b|\bhdl", "s4": r"\bs4\b|\btch\b|ratio",
    "s5": r"\bs5\b|triglycer|\bltg", "s6": r"\bs6\b|sugar|glucose|\bglu\b",
    "target": r"target|progress|outcome",
}
STAT = {
    "mean": r"\bmean|average", "std": r"\bstd|standard deviation|spread|\bsd\b|σ",
    "min": r"\bmin|smallest|lowest|least|from|runs|spans|range|between",
    "max": r"\bmax|largest|highest|reach|up to|peak|top|to\b|range|between",
    "median": r"median|middle|typical",
    # "the middle half lies between 87 and 211.5" gives both quartiles
    "q25": r"quartile|\bq1\b|25|percentile|\biqr|middle (half|50)|central (half|50)",
    "q75": r"quartile|\bq3\b|75|percentile|\biqr|middle (half|50)|central (half|50)", "range": r"range|spans|wide",
    "iqr": r"\biqr|interquartile|quartile", "distinct": r"distinct|unique|different|levels",
    "skew": r"skew", "whole": r"whole|integer|round|decimal|coars",
    "whole_share": r"whole|integer|round|decimal|coars",
}
# A Spearman correlation is called one; any correlation word will do for Pearson's.
METHOD = {"pearson": r"correl|\br\b|pearson|linear|track", "spearman": r"spearman|rank"}
VARIANCE = r"variance|r²|r\^?2|r[-\s]squared|explain|share"


def _facts(df):
    facts = {
        "rows": Fact(len(df), r"patients|rows|people|records|samples|observations|data|values"),
        "features": Fact(len(FEATURES), r"features?|measurements|variables|predictors"),
        "columns": Fact(df.shape[1], r"columns"),
        "missing": Fact(int(df.isna().sum().sum()), r"missing|\bnan|null|empty"),
        "duplicate_rows": Fact(int(df.duplicated().sum()), r"duplicat"),
        "year": Fact(2004, r"efron|et al|paper|study|published", what="the year of the study"),
    }
    for column in df.columns:
        values = df[column]
        stats = {
            "mean": values.mean(), "std": values.std(), "min": values.min(),
            "max": values.max(), "median": values.median(),
            "q25": values.quantile(0.25), "q75": values.quantile(0.75),
            "range": values.max() - values.min(),
            "iqr": values.quantile(0.75) - values.quantile(0.25),
            "distinct": values.nunique(), "skew": values.skew(),
            "whole": int((values == values.round()).sum()),
            "whole_share": float((values == values.round()).mean()),
        }
        for stat, value in stats.items():
            facts[f"{column}_{stat}"] = Fact(value, (COLUMN[column], STAT[stat]),
                                             what=f"{column} {stat}")
    for method in ("pearson", "spearman"):
        corr = df.corr(method=method)
        for a, b in combinations(df.columns, 2):
            facts[f"{method}_{a}_{b}"] = Fact(
                corr.loc[a, b], (COLUMN[a], COLUMN[b], METHOD[method]),
                what=f"the {method.title()} correlation of {a} and {b}",
            )
        for column in FEATURES:
            facts[f"{method}_r2_{column}_target"] = Fact(
                corr.loc[column, "target"] ** 2, (COLUMN[column], VARIANCE, METHOD[method]),
                what=f"the share of the target's variance {column} explains",
            )
    for code in sorted(df["sex"].unique()):
        group = df[df["sex"] == code]
        sex = (COLUMN["sex"],)
        facts[f"sex_{code:g}_code"] = Fact(code, (*sex, r"cod|values?|takes|levels?|categor"))
        facts[f"sex_{code:g}_count"] = Fact(len(group), (*sex, r"patients|people|rows|count"))
        facts[f"sex_{code:g}_share"] = Fact(len(group) / len(df), sex)
        facts[f"sex_{code:g}_target_mean"] = Fact(
            group["target"].mean(), (*sex, COLUMN["target"], STAT["mean"])
        )
        facts[f"sex_{code:g}_target_median"] = Fact(
            group["target"].median(), (*sex, COLUMN["target"], STAT["median"])
        )
    s4 = df["s4"]
    facts["s4_not_whole"] = Fact(
        int((s4 != s4.round()).sum()), (COLUMN["s4"], r"decimal|fraction|not whole|non-?integer")
    )
    # The values s4 repeats, each tied to how often it occurs, and that count to it.
    for value, count in s4.round(2).value_counts().head(6).items():
        repeat = (COLUMN["s4"], rf"\b{count}\b")
        facts[f"s4_value_{value:g}"] = Fact(value, repeat, what=f"an s4 value seen {count} times")
        facts[f"s4_count_{value:g}"] = Fact(count, (COLUMN["s4"], rf"\b{value:g}\b"),
                                           what=f"how often s4 is {value:g}")
        facts[f"s4_share_{value:g}"] = Fact(count / len(df), (COLUMN["s4"], rf"\b{value:g}\b"))
    facts["target_mean_minus_median"] = Fact(
        df["target"].mean() - df["target"].median(),
        (COLUMN["target"], STAT["mean"], STAT["median"]),
    )
    return {k: v for k, v in facts.items() if np.isfinite(v.value)}


FACTS = _facts(FRAME)
STATEMENT_NUMBERS = False  # the statement's numbers are examples of rounding, not results

# How often s4 is whole, said the right way round: 380 rows (86%) are whole numbers and
# 62 keep decimals. A report that swaps them says the column is mostly precise.
S4_WHOLE = FACTS["s4_whole"].value
S4_FRACTIONAL = FACTS["s4_not_whole"].value
NEGATED = r"(?:(?!\bnot\b|\bnon|n't\b|decimal|fraction)[^.!?])"
SWAPPED = [
    re.compile(rf"\b{S4_FRACTIONAL:g}\b{NEGATED}{{0,40}}\b(whole|integers?|rounded)\b"),
    re.compile(rf"\b(whole|integers?|rounded)\b[^.!?\d;]{{0,20}}\b(only\s+)?(in\s+)?{S4_FRACTIONAL:g}\b"
               r"(?!\s+(?:\w+\s+)?(?:keep|keeps|have|has|carry|carries|show|with)\s+(?:their\s+)?"
               r"(?:decimals|fractions))"),
    re.compile(rf"\b{S4_WHOLE:g}\b(?:\s+of\s+(?:the\s+|all\s+)?{len(FRAME)})?(?:(?!\d)[^.!?;]){{0,40}}"
               r"\b(keep|have|has|with|carry)\s+(their\s+)?(decimals|fractions)"),
]
# The same, said as shares: 86% whole (0.86), 14% with decimals.
_W = round(100 * FACTS["s4_whole_share"].value)
_F = 100 - _W


def _share(p):
    return rf"(?:\b{p}(?:\.\d+)?\s*(?:%|per\s?cent\b)|(?<![\d.])0?\.{p}\d*\b)"


SWAPPED += [
    re.compile(rf"{_share(_W)}(?:(?!\d)[^!?;]){{0,40}}\b(keeps?|have|has|with|carry|carries)\s+"
               r"(their\s+|its\s+)?(decimals|fractions)"),
    re.compile(rf"\b(decimals|fractions)\b[^.!?\d]{{0,20}}\b(in\s+)?(about\s+)?{_share(_W)}"),
    re.compile(rf"{_share(_F)}{NEGATED}{{0,40}}\b(whole|integers?|rounded)\b"),
    re.compile(rf"\b(whole|integers?|rounded)\b[^.!?\d]{{0,20}}\b(only\s+)?(in\s+)?{_share(_F)}"),
]


# A correlation's sign: a negative number, or words that say the two rise together.
CORR = {m: FRAME.corr(method=m) for m in ("pearson", "spearman")}
SIGNED = re.compile(r"(?<![\w.])([-−–]\s?)?(0?\.\d+)\b(?!\s*%)")
TOGETHER = re.compile(r"\b(positive\w*|together|same\s+direction|rises?\s+with|increases?\s+with)\b")
AGAINST = re.compile(r"\b(negativ\w*|inverse\w*|against|opposite|falls?|lower|drops?|decreas\w*)\b")
# r read as the share of the variance it explains: 59% for bmi, where r² is 34%.
PERCENT = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s*%")
VARIANCE_WORDS = re.compile(r"explain|variance|variation")
# The sex codes and their counts: 235 patients are coded 1, 207 coded 2.
SEX_COUNTS = {code: int((FRAME["sex"] == code).sum()) for code in (1, 2)}
SEX_SWAPPED = [
    re.compile(rf"\b1\s+and\s+2\b[^.!?]{{0,40}}\b{SEX_COUNTS[2]}\s+and\s+{SEX_COUNTS[1]}\b"),
    re.compile(rf"\b{SEX_COUNTS[1]}\b[^.!?\d]{{0,30}}\b(coded|code|are|=|as)\s+2\b"),
    re.compile(rf"\b{SEX_COUNTS[2]}\b[^.!?\d]{{0,30}}\b(coded|code|are|=|as)\s+1\b"),
    re.compile(r"\bmore\s+(patients|people|rows)\s+(are\s+)?coded\s+2\b"),
]


def _named(sentence):
    return [c for c, pattern in COLUMN.items() if re.search(pattern, sentence)]


def _rounds_to(value, digits):
    decimals = len(digits.split(".")[1])
    return abs(round(abs(value), decimals) - float(digits)) < 1e-9


def _signs(sentence):
    """A correlation stated with the wrong sign: r = -0.59 for bmi, or s3 and s4 said to
    rise together at 0.74."""
    columns = _named(sentence)
    pairs = [(a, b) for i, a in enumerate(columns) for b in columns[i + 1:]]
    for match in SIGNED.finditer(sentence):
        negative, digits = bool(match.group(1)), match.group(2)
        if "." not in digits:
            continue
        same = [CORR[m].loc[a, b] for m in CORR for a, b in pairs if _rounds_to(CORR[m].loc[a, b], digits)]
        if not same or any((v < 0) == negative for v in same):
            continue
        if negative or (TOGETHER.search(sentence) and not AGAINST.search(sentence)):
            return (f"“{match.group(0).strip()}” has the wrong sign for the columns it is said with: "
                    "check which correlations are negative")
    return None


def _r_as_variance(sentence):
    if not VARIANCE_WORDS.search(sentence):
        return None
    for column in _named(sentence):
        if column == "target":
            continue
        r = abs(CORR["pearson"].loc[column, "target"])
        for match in PERCENT.finditer(sentence):
            stated = float(match.group(1))
            if abs(100 * r - stated) <= 0.5 and abs(100 * r * r - stated) > 0.5:
                return (f"“{match.group(0)}” of the variance is {column}'s correlation read as a "
                        "share: the share of the variance one feature explains is r squared")
    return None


def check(report):
    """The rounded column's counts read the right way round; correlations keep their
    sign; r is not read as the share of the variance it explains; the sex codes keep
    their counts."""
    text = " ".join(report.split()).lower()
    lines = {"each correlation keeps its sign": None,
             "the share of the variance a feature explains is r squared, not r": None,
             "each sex code is said with its own count": None}
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        lines["each correlation keeps its sign"] = (
            lines["each correlation keeps its sign"] or _signs(sentence))
        key = "the share of the variance a feature explains is r squared, not r"
        lines[key] = lines[key] or _r_as_variance(sentence)
        if re.search(COLUMN["sex"], sentence):
            for pattern in SEX_SWAPPED:
                if (match := pattern.search(sentence)) and not lines["each sex code is said with its own count"]:
                    lines["each sex code is said with its own count"] = (
                        f"“{match.group(0)}”: count the patients of each sex code again")
    return {**lines, **_s4(text),
            "each s4 value is said with its own count": _s4_values(text)}


def _s4(text):
    """The rounded column's counts read the right way round."""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not re.search(COLUMN["s4"], sentence):
            continue
        for pattern in SWAPPED:
            if match := pattern.search(sentence):
                return {"how often s4 is a whole number, the right way round": (
                    f"“{match.group(0)}”: count again which s4 values are whole numbers "
                    "and which keep decimals"
                )}
    return {"how often s4 is a whole number, the right way round": None}


# "s4 is 3 in 128 rows and 4 in 108": each value said with a count must occur that often;
# a sentence that names two values lets either count pass for either value.
VALUE_IN_ROWS = re.compile(
    r"(?<![\w.])(?P<v>\d+(?:\.\d+)?)\s+(?:in|for|on)\s+(?P<c>\d+)\s+"
    r"(?:rows|patients|people|cases|records)\b")


def _s4_values(text):
    """Each s4 value said "in N rows" occurs in N rows."""
    counts = FRAME["s4"].round(2).value_counts()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if not re.search(COLUMN["s4"], sentence):
            continue
        for match in VALUE_IN_ROWS.finditer(sentence):
            value, count = float(match["v"]), int(match["c"])
            if value in counts.index and counts[value] != count and count in set(counts.values):
                return (f"“{match.group(0)}”: s4 is {match['v']} in {counts[value]} rows, not "
                        f"{count}; check which value each count belongs to")
    return None
