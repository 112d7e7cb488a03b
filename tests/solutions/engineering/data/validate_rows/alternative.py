ACCEPTED = {"int": (int,), "float": (int, float), "str": (str,), "bool": (bool,)}


def _code(value, spec):
    # Exact type tests: type(True) is bool, never int.
    if value is None or (type(value) is float and value != value):
        return "null" if not spec["nullable"] else None
    if type(value) not in ACCEPTED[spec["type"]]:
        return "type"
    if spec["type"] in ("int", "float"):
        if value < spec.get("min", value) or value > spec.get("max", value):
            return "range"
    elif spec["type"] == "str" and value not in spec.get("allowed", [value]):
        return "category"
    return None


def validate_rows(rows, schema):
    found = []
    for index, row in enumerate(rows):
        for column, value in row.items():
            if column not in schema:
                found.append((index, column, "unknown"))
            elif (code := _code(value, schema[column])) is not None:
                found.append((index, column, code))
        found += [(index, column, "missing") for column in schema if column not in row]
    return sorted(found)
