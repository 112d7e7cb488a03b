# expect: every run holds the last combination
from itertools import product


def expand_grid(grid):
    choices = [v if isinstance(v, list) else [v] for v in grid.values()]
    run = {}
    out = []
    for combo in product(*choices):
        run.update(zip(grid, combo, strict=True))
        out.append(run)
    return out
