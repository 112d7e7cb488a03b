import pandas as pd


def contract_violations(df: pd.DataFrame, contract: dict[str, dict]) -> list[tuple[int, str, str]]:
    """Every (row, column, check) where df breaks the contract, sorted; row -1 for a
    problem with a whole column, else the row's index label."""
    found: list[tuple[int, str, str]] = []
    for column in contract:
        if column not in df.columns:
            found.append((-1, column, "missing_column"))
    # TODO: unexpected columns, kinds, and the row-level rules (null, min, max, allowed,
    # unique), reported by index label.
    return sorted(found)
