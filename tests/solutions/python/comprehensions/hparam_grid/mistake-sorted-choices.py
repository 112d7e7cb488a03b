# expect: the choices were sorted: each name's choices keep their order
# Sorts each list of choices, so the runs come in another order than the grid's.

from itertools import product
from typing import Any


def expand_grid(grid: dict[str, Any]) -> list[dict[str, Any]]:
    names = list(grid)
    choices = [sorted(v) if isinstance(v, list) else [v] for v in grid.values()]
    return [dict(zip(names, combo)) for combo in product(*choices)]
