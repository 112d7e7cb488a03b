import math
from collections import Counter


def _missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value)) or str(value) == "<NA>"


def contract_violations(df, contract):
    # A plain loop over (label, value) pairs instead of masks.
    out = set()
    for name in contract:
        if name not in df.columns:
            out.add((-1, name, "missing_column"))
    for name in df.columns:
        if name not in contract:
            out.add((-1, str(name), "unexpected_column"))
    for name, rules in contract.items():
        if name not in df.columns:
            continue
        column = df[name]
        items = [(int(label), value) for label, value in column.items()]
        present = [(label, value) for label, value in items if not _missing(value)]
        kind = rules.get("kind")
        code = getattr(column.dtype, "kind", "O")  # 'i', 'u', 'f', 'b'; 'O' for text
        if kind == "number" and code not in "iuf":
            out.add((-1, name, "kind"))
            continue
        if kind == "bool" and code != "b":
            out.add((-1, name, "kind"))
            continue
        if kind == "string" and any(not isinstance(v, str) for _, v in present):
            out.add((-1, name, "kind"))
            continue
        if not rules.get("nullable"):
            out.update((label, name, "null") for label, v in items if _missing(v))
        counts = Counter(v for _, v in present)
        for label, value in present:
            if "min" in rules and value < rules["min"]:
                out.add((label, name, "min"))
            if "max" in rules and value > rules["max"]:
                out.add((label, name, "max"))
            if "allowed" in rules and value not in rules["allowed"]:
                out.add((label, name, "allowed"))
            if rules.get("unique") and counts[value] > 1:
                out.add((label, name, "unique"))
    return sorted(out)
