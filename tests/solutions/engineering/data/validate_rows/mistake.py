# expect: True/False passed as numbers: bool is a subclass of int
import math


def _problem(value, spec):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None if spec["nullable"] else "null"
    kind = spec["type"]
    ok = {"int": isinstance(value, int), "float": isinstance(value, (int, float)),
          "str": isinstance(value, str), "bool": isinstance(value, bool)}[kind]
    if not ok:
        return "type"
    if kind in ("int", "float"):
        if ("min" in spec and value < spec["min"]) or ("max" in spec and value > spec["max"]):
            return "range"
    if kind == "str" and "allowed" in spec and value not in spec["allowed"]:
        return "category"
    return None


def validate_rows(rows, schema):
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
