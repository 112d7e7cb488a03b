
import itertools

from mldojo.grading.casekit import Case, same

OPTIONS = {
    "lr": lambda rng: [float(v) for v in rng.choice([1e-1, 1e-2, 3e-3, 1e-3, 1e-4], 3,
                                                     replace=False)],
    "batch_size": lambda rng: [int(v) for v in rng.choice([16, 32, 64, 128], 2,
                                                           replace=False)],
    "optimizer": lambda rng: str(rng.choice(["adam", "sgd", "adamw"])),
    "dropout": lambda rng: [0.0, round(float(rng.uniform(0.1, 0.5)), 2)],
    "layers": lambda rng: [[64, 64], [int(rng.integers(100, 300))]],
    "seed": lambda rng: int(rng.integers(0, 100)),
    "amp": lambda rng: [True, False],
    "betas": lambda rng: (0.9, 0.999),
}


def cases(rng):
    out = []
    names = list(OPTIONS)
    for i in range(4):
        picked = [names[int(j)] for j in rng.choice(len(names), int(rng.integers(2, 5)),
                                                    replace=False)]
        out.append(Case(f"random grid {i + 1}", ({k: OPTIONS[k](rng) for k in picked},)))
    out.append(Case("a fixed string is one value, not its characters",
                    ({"optimizer": "adam", "lr": [0.1, 0.01]},)))
    out.append(Case("fixed numbers and None", ({"epochs": 10, "lr": [0.1, 0.2],
                                                "scheduler": None},)))
    out.append(Case("the first name is the outermost loop",
                    ({"b": [1, 2, 3], "a": ["x", "y"]},)))
    out.append(Case("choices that are lists", ({"layers": [[64, 64], [128], []],
                                                "act": ["relu", "gelu"]},)))
    out.append(Case("a tuple and a dict are fixed values",
                    ({"betas": (0.9, 0.99), "sched": {"name": "cosine"}, "wd": [0, 0.1]},)))
    out.append(Case("duplicate choices are kept", ({"seed": [0, 0, 1]},), hidden=True))
    out.append(Case("one name", ({"lr": [0.3, 0.1, 0.03]},)))
    out.append(Case("empty grid", ({},)))
    out.append(Case("a name with no choices", ({"lr": [0.1, 0.01], "wd": []},)))
    return out


def _sorted_or_none(choices):
    try:
        return sorted(choices)
    except TypeError:
        return None


def _deduplicated(choices):
    try:
        return list(dict.fromkeys(choices))
    except TypeError:
        return None


def _grid_with(grid, change):
    """The runs with each list of choices changed (sorted, deduplicated); None if it fails."""
    names, lists = list(grid), []
    for value in grid.values():
        choices = change(value) if isinstance(value, list) else [value]
        if choices is None:
            return None
        lists.append(choices)
    return [dict(zip(names, combo, strict=True)) for combo in itertools.product(*lists)]


def diagnose(case, expected, got):
    (grid,) = case.args
    if not isinstance(got, list) or not all(isinstance(g, dict) for g in got):
        return "return a list of dicts, one per run"
    if expected == [{}] and got == []:
        return ("an empty grid is one run with no settings, [{}]: the product of no lists "
                "has exactly one (empty) combination")
    if expected == [] and got:
        return ("a name whose list of choices is empty leaves no possible run: return [], "
                "as the product of the choices does")
    if any(set(g) != set(grid) for g in got):
        return "every run must hold every name of the grid"
    if any(list(g) != list(grid) for g in got):
        return "keep the names in the grid's order inside each run"
    if len(got) != len(expected) and got == _grid_with(grid, _deduplicated):
        return ("duplicate choices were dropped: choices keep their order in their list, "
                "duplicates included, so do not pass them through a set")
    if not got:
        return (f"no runs came back, where the grid makes {len(expected)}: every "
                "combination of the choices is a run")
    if len(got) != len(expected):
        if any(isinstance(v, str | tuple | dict) for v in grid.values()):
            return ("the number of runs is off: only a list holds choices; a string, tuple or "
                    "dict is one fixed value, even though it is iterable")
        return "the number of runs must be the product of the numbers of choices"
    if len(got) > 1 and all(g == got[-1] for g in got) and expected[0] != expected[-1]:
        return ("every run holds the last combination: the list holds one dict many times, "
                "changed in place for each combination; build a new dict for each run")
    if got == _grid_with(grid, _sorted_or_none) and got != expected:
        return ("the choices were sorted: each name's choices keep their order in their "
                "list, so iterate over the list as given")
    if sorted(map(repr, got)) == sorted(map(repr, expected)):
        return ("every combination is there but in the wrong order: the first name is the "
                "outermost loop, so the last name changes fastest (itertools.product order)")
    return None


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        if any(list(g) != list(e) for g, e in zip(got, expected, strict=True)):
            return "keep the names in the grid's order inside each run"
        return None
    hint = diagnose(case, expected, got)
    if case.hidden:
        return hint or "the runs are wrong"
    return f"{problem}; {hint}" if hint else problem
