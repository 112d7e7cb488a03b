"""`itertools.product(*choices)` is the nested loop over any number of lists,
with the first list outermost, and it yields exactly one empty tuple when given
no lists (so an empty grid gives `[{}]`) and nothing when any list is empty.
Normalising every value to a list of choices first keeps the product simple,
and `dict(zip(names, combo))` rebuilds each run with the names in grid order.

The classic wrong approach passes `grid.values()` straight to `product`: a
fixed string then expands into its characters (`'a', 'd', 'a', 'm'`) and a
fixed number raises `TypeError`. Testing `isinstance(value, list)` rather than
"is it iterable" is the point: strings, tuples and dicts are iterable but are
single values here. Sorting the names, as some sweep tools do, changes the run
order, so run numbers stop matching the spec.
"""

from itertools import product
from typing import Any


def expand_grid(grid: dict[str, Any]) -> list[dict[str, Any]]:
    names = list(grid)
    choices = [v if isinstance(v, list) else [v] for v in grid.values()]
    return [dict(zip(names, combo)) for combo in product(*choices)]
