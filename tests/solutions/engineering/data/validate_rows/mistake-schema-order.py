# expect: sort the problems by row_index, then column
# Walks the schema's columns in the schema's order, then the row's unknown columns,
# and never sorts: right problems, wrong order when the schema is not alphabetical.
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
        for column in [*schema, *(c for c in row if c not in schema)]:
            if column not in schema:
                code = "unknown"
            elif column not in row:
                code = "missing"
            else:
                code = _problem(row[column], schema[column])
            if code:
                problems.append((index, column, code))
    return problems
