# expect: nullable dtype 'boolean', which is the right kind
"""Tests the bool kind with s.dtype == bool, which is False for pandas' nullable 'boolean'."""

import pandas as pd
from pandas.api import types


def _kind_ok(s: pd.Series, kind: str) -> bool:
    if kind == "number":
        return types.is_numeric_dtype(s) and not types.is_bool_dtype(s)
    if kind == "bool":
        return s.dtype == bool
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
