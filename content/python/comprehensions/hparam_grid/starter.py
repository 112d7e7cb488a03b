from typing import Any


def expand_grid(grid: dict[str, Any]) -> list[dict[str, Any]]:
    """Every combination of the grid's choices, as one dict per run.

    A list value holds choices; any other value is one fixed choice. The first
    name is the outermost loop.
    """
    # TODO: turn every value into a list of choices, take the Cartesian product,
    # and zip each combination back with the names.
    return None
