# expect: column '\w+' has a bool dtype, which is not a number
# Takes is_numeric_dtype as the number test, which counts a bool column as a number;
# the unique rule then runs on True/False and floods the result.
from collections import Counter

import pandas as pd
from pandas.api import types as pt


def _missing(v):
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def contract_violations(df, contract):
    out = []
    for c in df.columns:
        if c not in contract:
            out.append((-1, str(c), "unexpected_column"))
    for c, rules in contract.items():
        if c not in df.columns:
            out.append((-1, c, "missing_column"))
            continue
        s = df[c]
        kind = rules.get("kind")
        if kind == "number":
            ok = pt.is_numeric_dtype(s.dtype)
        elif kind == "bool":
            ok = pt.is_bool_dtype(s.dtype)
        elif kind == "string":
            ok = all(isinstance(v, str) for v in s.tolist() if not _missing(v))
        else:
            ok = True
        if not ok:
            out.append((-1, c, "kind"))
            continue
        vals = list(zip(s.index.tolist(), s.tolist(), strict=True))
        present = [(i, v) for i, v in vals if not _missing(v)]
        if not rules.get("nullable", False):
            out += [(int(i), c, "null") for i, v in vals if _missing(v)]
        if "min" in rules:
            out += [(int(i), c, "min") for i, v in present if v < rules["min"]]
        if "max" in rules:
            out += [(int(i), c, "max") for i, v in present if v > rules["max"]]
        if "allowed" in rules:
            out += [(int(i), c, "allowed") for i, v in present if v not in rules["allowed"]]
        if rules.get("unique"):
            cnt = Counter(v for _, v in present)
            out += [(int(i), c, "unique") for i, v in present if cnt[v] > 1]
    return sorted(out)
