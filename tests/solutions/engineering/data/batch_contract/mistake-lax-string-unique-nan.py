# expect: a 'string' column must hold a str|every rule is optional|missing values are never repeats
# (1) "string" kind never checked (only number and bool are),
# (2) rules["kind"] assumed present (README: every rule optional),
# (3) unique computed on the whole column, missing values included.
import pandas as pd
from pandas.api import types


def contract_violations(df, contract):
    found = [(-1, c, "missing_column") for c in contract if c not in df.columns]
    found += [(-1, str(c), "unexpected_column") for c in df.columns if c not in contract]
    for col, rules in contract.items():
        if col not in df.columns:
            continue
        s = df[col]
        kind = rules["kind"]
        if kind == "number" and (not types.is_numeric_dtype(s) or types.is_bool_dtype(s)):
            found.append((-1, col, "kind"))
            continue
        if kind == "bool" and not types.is_bool_dtype(s):
            found.append((-1, col, "kind"))
            continue
        miss = s.isna()
        if not rules.get("nullable", False):
            found += [(int(r), col, "null") for r in s.index[miss]]
        p = s[~miss]
        if "min" in rules:
            found += [(int(r), col, "min") for r in p.index[p < rules["min"]]]
        if "max" in rules:
            found += [(int(r), col, "max") for r in p.index[p > rules["max"]]]
        if "allowed" in rules:
            found += [(int(r), col, "allowed") for r in p.index[~p.isin(rules["allowed"])]]
        if rules.get("unique"):
            dup = s.duplicated(keep=False)
            found += [(int(r), col, "unique") for r in s.index[dup]]
    return sorted(found)
