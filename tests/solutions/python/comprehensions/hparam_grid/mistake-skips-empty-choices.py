# expect: empty leaves no possible run
from itertools import product


def expand_grid(grid):
    choices = {k: (v if isinstance(v, list) else [v]) for k, v in grid.items()}
    choices = {k: v for k, v in choices.items() if v}
    return [dict(zip(choices, combo, strict=True)) for combo in product(*choices.values())]
