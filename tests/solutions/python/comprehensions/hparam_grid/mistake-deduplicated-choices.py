# expect: duplicate choices were dropped
# Drops repeated choices (a seed listed twice is one run, not two).

from itertools import product
from typing import Any


def _unique(values: list[Any]) -> list[Any]:
    out: list[Any] = []
    for v in values:
        if v not in out:
            out.append(v)
    return out


def expand_grid(grid: dict[str, Any]) -> list[dict[str, Any]]:
    names = list(grid)
    choices = [_unique(v) if isinstance(v, list) else [v] for v in grid.values()]
    return [dict(zip(names, combo)) for combo in product(*choices)]
