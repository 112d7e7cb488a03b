def validate_rows(rows: list[dict], schema: dict[str, dict]) -> list[tuple[int, str, str]]:
    """(row_index, column, code) for each problem, sorted; at most one per row and column.

    Codes, checked in this order: "unknown", "missing", "null", "type", then
    "range" (numbers) or "category" (strings).
    """
    # TODO
    raise NotImplementedError("validate_rows is not written yet")
