import math

from mldojo.grading.casekit import Case, same, short

SCHEMA = {
    "age": {"type": "int", "nullable": False, "min": 0, "max": 120},
    "clicks": {"type": "int", "nullable": True, "min": 0},
    "price": {"type": "float", "nullable": False, "min": 0.0, "max": 500.0},
    "score": {"type": "float", "nullable": True},
    "plan": {"type": "str", "nullable": False, "allowed": ["free", "pro", "team"]},
    "country": {"type": "str", "nullable": True},
    "is_test": {"type": "bool", "nullable": False},
}
EXTRA = ["coupon", "Age", "user_agent", "price_usd"]


def _good(rng, column):
    spec = SCHEMA[column]
    kind = spec["type"]
    if kind == "int":
        return int(rng.integers(spec.get("min", 0), spec.get("max", 1000) + 1))
    if kind == "float":
        lo, hi = spec.get("min", -50.0), spec.get("max", 50.0)
        return float(round(rng.uniform(lo, hi), 2)) if rng.random() < 0.7 else int(rng.integers(lo, hi))
    if kind == "str":
        return str(rng.choice(spec["allowed"])) if "allowed" in spec else str(rng.choice(["FR", "US", "JP"]))
    return bool(rng.random() < 0.5)


def _bad(rng, column):
    """A value that breaks one rule of the column (or a null)."""
    spec = SCHEMA[column]
    kind = spec["type"]
    options = ["none", "nan"]
    if kind == "int":
        options += ["bool", "float", "text", "low"] + (["high"] if "max" in spec else [])
    elif kind == "float":
        options += ["bool", "text"] + (["low"] if "min" in spec else []) + (["high"] if "max" in spec else [])
    elif kind == "str":
        options += ["number"] + (["category"] if "allowed" in spec else [])
    else:
        options += ["zero_one", "text"]
    pick = str(rng.choice(options))
    return {
        "none": None, "nan": math.nan, "bool": bool(rng.random() < 0.5),
        "float": float(int(rng.integers(1, 50))), "text": str(int(rng.integers(1, 50))),
        "low": spec.get("min", 0) - int(rng.integers(1, 10)),
        "high": spec.get("max", 0) + int(rng.integers(1, 10)),
        "number": int(rng.integers(1, 9)), "category": str(rng.choice(["gold", "Pro", "", "trial"])),
        "zero_one": int(rng.integers(0, 2)),
    }[pick]


def _rows(rng, n, columns, p_bad=0.25):
    rows = []
    for _ in range(n):
        row = {}
        for c in columns:
            r = rng.random()
            if r < 0.06:
                continue  # missing
            row[c] = _bad(rng, c) if r < p_bad else _good(rng, c)
        if rng.random() < 0.15:
            row[str(rng.choice(EXTRA))] = "x"
        keys = list(row)
        rows.append({k: row[k] for k in (keys[i] for i in rng.permutation(len(keys)))})
    return rows


def _schema(columns):
    return {c: dict(SCHEMA[c]) for c in columns}


def cases(rng):
    out = []
    names = list(SCHEMA)
    for i in range(3):
        columns = sorted(str(c) for c in rng.choice(names, size=int(rng.integers(3, 7)), replace=False))
        out.append(Case(f"random batch #{i + 1}", (_rows(rng, int(rng.integers(6, 12)), columns),
                                                   _schema(columns))))
    out.append(Case("True and False in an int column", (
        [{"age": True}, {"age": 0}, {"age": False}, {"age": 7.0}], _schema(["age"]))))
    out.append(Case("ints are valid floats, bools are not", (
        [{"price": 3}, {"price": 2.5}, {"price": True}, {"price": "4.0"}], _schema(["price"]))))
    out.append(Case("NaN: a null, never a number that passes the range", (
        [{"price": math.nan, "score": math.nan}, {"price": 1.0, "score": None},
         {"price": None, "score": 0.5}], _schema(["price", "score"]))))
    out.append(Case("a missing column is not a null", (
        [{"age": 30}, {"age": 31, "country": None}, {"country": "FR"}],
        _schema(["age", "country"]))))
    out.append(Case("bounds are inclusive", (
        [{"age": 0}, {"age": 120}, {"age": -1}, {"age": 121}, {"price": 500.0, "age": 5},
         {"price": 500.01, "age": 5}], _schema(["age", "price"]))))
    out.append(Case("categories are case-sensitive", (
        [{"plan": "pro"}, {"plan": "Pro"}, {"plan": ""}, {"plan": 1}], _schema(["plan"]))))
    out.append(Case("0 and 1 are not bools", (
        [{"is_test": 0}, {"is_test": True}, {"is_test": 1}, {"is_test": "true"}],
        _schema(["is_test"]))))
    out.append(Case("columns the schema does not know", (
        [{"age": 4, "Age": 4}, {"age": 5, "coupon": None}], _schema(["age"]))))
    out.append(Case("problems sorted by column name, whatever the schema's and the row's order", (
        [{"price": -1.0, "coupon": "X", "age": 200}, {"Age": 3}],
        {"price": dict(SCHEMA["price"]), "age": dict(SCHEMA["age"])})))
    out.append(Case("one problem per cell: a string in a numeric column is a type error only", (
        [{"age": "200", "price": "-3"}], _schema(["age", "price"]))))
    columns = list(SCHEMA)
    good = [{c: _good(rng, c) for c in columns} for _ in range(4)]
    out.append(Case("a clean batch", (good, _schema(columns))))
    out.append(Case("no rows", ([], _schema(columns))))
    columns = sorted(str(c) for c in rng.choice(names, size=5, replace=False))
    out.append(Case("random batch (hidden)", (_rows(rng, 10, columns, 0.35), _schema(columns)),
                    hidden=True))
    return out


# --- teaching messages ---------------------------------------------------------

def _check(rows, schema, *, bool_int=False, nan_value=False, get_none=False,
           no_unknown=False, every=False, float_strict=False, exclusive=False,
           falsy=False, int_float=False, null_typed=False):
    def kind_ok(v, kind):
        if kind == "int":
            if int_float and isinstance(v, float):
                return True
            return isinstance(v, int) and (bool_int or not isinstance(v, bool))
        if kind == "float":
            if float_strict:
                return isinstance(v, float)
            return isinstance(v, int | float) and (bool_int or not isinstance(v, bool))
        if kind == "str":
            return isinstance(v, str)
        return isinstance(v, bool)

    found = []
    for i, row in enumerate(rows):
        for col in sorted(set(row) | set(schema)):
            codes = []
            if col not in schema:
                if not no_unknown:
                    codes.append("unknown")
            elif col not in row and not get_none:
                codes.append("missing")
            else:
                v, spec = row.get(col), schema[col]
                is_null = v is None or (not nan_value and isinstance(v, float) and math.isnan(v))
                if falsy:
                    is_null = is_null or not v
                if is_null and not spec["nullable"]:
                    codes.append("null")
                elif is_null and not null_typed:
                    pass
                else:
                    if not kind_ok(v, spec["type"]):
                        codes.append("type")
                    if (every or not codes) and spec["type"] in ("int", "float"):
                        try:
                            low = "min" in spec and (v <= spec["min"] if exclusive else v < spec["min"])
                            high = "max" in spec and (v >= spec["max"] if exclusive else v > spec["max"])
                            if low or high:
                                codes.append("range")
                        except TypeError:
                            pass
                    if (every or not codes) and spec["type"] == "str" and "allowed" in spec:
                        if v not in spec["allowed"]:
                            codes.append("category")
            for code in codes if every else codes[:1]:
                found.append((i, col, code))
    return found


MISTAKES = [
    (dict(bool_int=True), "True/False passed as numbers: bool is a subclass of int, so "
     "exclude it explicitly (isinstance(v, bool))"),
    (dict(nan_value=True), "NaN was treated as a number: it is a null (and every "
     "comparison with NaN is False, so a range check never catches it)"),
    (dict(get_none=True), "a missing column was reported as a null (or not at all): "
     "test `column not in row` before looking at the value"),
    (dict(no_unknown=True), "columns that are not in the schema must be reported as "
     "'unknown'"),
    (dict(every=True), "report only the first failing check of each cell"),
    (dict(float_strict=True), "an int is a valid value for a float column (3 is a fine "
     "price)"),
    (dict(exclusive=True), "the bounds are inclusive: min and max themselves are valid"),
    (dict(falsy=True), "a falsy value (0, 0.0, an empty string or False) was taken for a "
     "null: test `value is None` (or a float NaN), not `not value`"),
    (dict(falsy=True, nan_value=True), "`not value` was the null test: it takes 0, 0.0, "
     "an empty string and False for nulls, and misses NaN, which is truthy. Test `value is "
     "None`, or a float NaN (math.isnan)"),
    (dict(int_float=True), "a float such as 7.0 was accepted in an int column: only int "
     "values (not bools) are ints, whatever their value"),
    (dict(null_typed=True), "a null (None or NaN) in a nullable column was checked further: "
     "a nullable column accepts it and checks nothing more"),
]


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    if not isinstance(got, list) or not all(isinstance(p, tuple) and len(p) == 3 for p in got):
        return f"{problem}; return a list of (row_index, column, code) tuples"
    if sorted(got) == sorted(expected) and got != expected:
        return f"{problem}; sort the problems by row_index, then column"
    rows, schema = case.args
    for switches, why in MISTAKES:
        wrong = _check(rows, schema, **switches)
        if wrong != expected and sorted(wrong) == sorted(got):
            return f"{problem}; {why}"
    extra = [p for p in got if p not in expected]
    lost = [p for p in expected if p not in got]
    if not case.hidden and (extra or lost):
        detail = (f"reported {short(extra[0])}, which is not a problem" if extra
                  else f"missed {short(lost[0])}")
        return f"{problem}; {detail}"
    return problem
