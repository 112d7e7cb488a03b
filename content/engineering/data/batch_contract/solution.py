"""Each rule becomes a boolean mask over the column, and `s.index[mask]` turns a mask
into the index labels to report, so a filtered batch (labels 10, 11, 12, ...) is
reported by its labels, not by positions. Missing values are found once with
`s.isna()` and excluded from every value rule; `duplicated(keep=False)` marks every
copy of a repeated value, the first one included. The kind checks use pandas' dtype
predicates, which know that a bool column is not a number; `"string"` looks at the
values, because text arrives as object or as pandas' string dtype.

Common wrong approaches: reporting positions (`enumerate`, `range(len(df))`) instead
of labels; `duplicated()` with its default `keep="first"`, which reports only the
second and later copies; letting NaN reach the bounds checks (every comparison with
NaN is False, so a `~(s >= lo)` check flags missing values as below the minimum); and
running the value rules on a column of the wrong kind, which either raises or
produces a flood of meaningless violations.
"""

import pandas as pd
from pandas.api import types


def _kind_ok(s: pd.Series, kind: str) -> bool:
    if kind == "number":
        return types.is_numeric_dtype(s) and not types.is_bool_dtype(s)
    if kind == "bool":
        return types.is_bool_dtype(s)
    return all(isinstance(v, str) for v in s[s.notna()])


def contract_violations(df: pd.DataFrame, contract: dict[str, dict]) -> list[tuple[int, str, str]]:
    found = [(-1, c, "missing_column") for c in contract if c not in df.columns]
    found += [(-1, str(c), "unexpected_column") for c in df.columns if c not in contract]
    for column, rules in contract.items():
        if column not in df.columns:
            continue
        s = df[column]
        if "kind" in rules and not _kind_ok(s, rules["kind"]):
            found.append((-1, column, "kind"))
            continue
        missing = s.isna()
        present = s[~missing]
        masks = {} if rules.get("nullable", False) else {"null": missing}
        if "min" in rules:
            masks["min"] = present < rules["min"]
        if "max" in rules:
            masks["max"] = present > rules["max"]
        if "allowed" in rules:
            masks["allowed"] = ~present.isin(rules["allowed"])
        if rules.get("unique", False):
            masks["unique"] = present.duplicated(keep=False)
        for check, mask in masks.items():
            found += [(int(row), column, check) for row in mask.index[mask.to_numpy(bool)]]
    return sorted(found)
