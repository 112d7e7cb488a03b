# expect: a null \(None or NaN\) in a nullable column was checked further
import math

TYPES = {
    "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "float": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "str": lambda v: isinstance(v, str),
    "bool": lambda v: isinstance(v, bool),
}


def validate_rows(rows, schema):
    problems = []
    for i, row in enumerate(rows):
        for column in sorted(set(row) | set(schema)):
            if column not in schema:
                problems.append((i, column, "unknown"))
                continue
            if column not in row:
                problems.append((i, column, "missing"))
                continue
            value, spec = row[column], schema[column]
            is_null = value is None or (isinstance(value, float) and math.isnan(value))
            if is_null and not spec["nullable"]:
                problems.append((i, column, "null"))
                continue
            if not TYPES[spec["type"]](value):
                problems.append((i, column, "type"))
            elif spec["type"] in ("int", "float") and (
                ("min" in spec and value < spec["min"]) or ("max" in spec and value > spec["max"])
            ):
                problems.append((i, column, "range"))
            elif spec["type"] == "str" and value not in spec.get("allowed", [value]):
                problems.append((i, column, "category"))
    return problems
