"""One function decides the first problem of a single cell; the loop only
collects them. Two Python facts make the type test subtle: `bool` is a subclass
of `int` (`isinstance(True, int)` is `True`), so an `int` column must exclude
bools explicitly; and every comparison with `NaN` is false, so a `NaN` price
passes `price < 0` and `price > max` alike. Treating `NaN` as a null, before
any range check, is what pandas does when it reads a missing number, and what
the rest of the pipeline will assume.

The common wrong approaches: `row.get(column) is None`, which cannot tell a
missing column from an explicit null; `isinstance(value, int)` for ints (bools
pass) or `isinstance(value, float)` for floats (ints fail, though `3` is a fine
price); reporting every failing check of a cell (a string in a numeric column
then also "fails" its range); and forgetting columns the schema does not know,
which is exactly how a renamed field shows up.
"""

import math

TYPES = {
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
}


def _problem(value, spec):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None if spec["nullable"] else "null"
    if not TYPES[spec["type"]](value):
        return "type"
    if spec["type"] in ("int", "float"):
        if ("min" in spec and value < spec["min"]) or ("max" in spec and value > spec["max"]):
            return "range"
    if spec["type"] == "str" and "allowed" in spec and value not in spec["allowed"]:
        return "category"
    return None


def validate_rows(rows: list[dict], schema: dict[str, dict]) -> list[tuple[int, str, str]]:
    problems = []
    for index, row in enumerate(rows):
        for column in sorted(set(row) | set(schema)):
            if column not in schema:
                code = "unknown"
            elif column not in row:
                code = "missing"
            else:
                code = _problem(row[column], schema[column])
            if code:
                problems.append((index, column, code))
    return problems
