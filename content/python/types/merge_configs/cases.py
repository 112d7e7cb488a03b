import copy

from mldojo.grading.casekit import Case, same


def _base(rng):
    return {
        "seed": int(rng.integers(0, 1000)),
        "model": {"name": "resnet", "dim": int(rng.choice([128, 256, 512])),
                  "layers": [int(v) for v in rng.integers(16, 129, size=3)],
                  "head": {"dropout": round(float(rng.uniform(0, 0.5)), 2), "bias": True}},
        "optimizer": {"name": "adam", "lr": float(rng.choice([1e-3, 3e-4, 1e-4])),
                      "betas": [0.9, 0.999]},
        "data": {"path": "data/train", "batch_size": int(rng.choice([32, 64, 128])),
                 "augment": {"flip": True, "crop": 224}},
        "tags": ["baseline"],
    }


def _override(rng):
    """A random override: changed leaves, new keys, a replaced list, nested sections."""
    options = [
        ("optimizer", {"lr": float(rng.choice([1e-2, 5e-4])), "weight_decay": 0.01}),
        ("model", {"head": {"dropout": 0.1}}),
        ("model", {"layers": [int(v) for v in rng.integers(8, 64, size=2)]}),
        ("data", {"augment": {"crop": 192, "jitter": 0.2}}),
        ("data", {"batch_size": int(rng.choice([16, 256]))}),
        ("seed", int(rng.integers(1000, 2000))),
        ("tags", ["ablation"]),
        ("scheduler", {"name": "cosine", "warmup": int(rng.integers(100, 1000))}),
    ]
    picks = rng.choice(len(options), size=int(rng.integers(2, 5)), replace=False)
    override = {}
    for i in picks:
        key, value = options[int(i)]
        if key in override and isinstance(value, dict):
            override[key] = {**override[key], **value}
        else:
            override[key] = copy.deepcopy(value)
    return override


def cases(rng):
    out = []
    for i in range(4):
        out.append(Case(f"random override {i + 1}", (_base(rng), _override(rng))))
    base = _base(rng)
    out.append(Case("a partial nested section keeps its other keys",
                    (base, {"optimizer": {"lr": 0.1}})))
    out.append(Case("three levels deep", (_base(rng), {"model": {"head": {"bias": False}}})))
    out.append(Case("lists are replaced, not concatenated",
                    ({"layers": [64, 64, 64], "tags": ["a"]}, {"layers": [32]})))
    out.append(Case("a scalar replaces a dict", ({"sched": {"name": "step", "gamma": 0.1},
                                                   "lr": 0.1}, {"sched": "none"})))
    out.append(Case("a dict replaces a scalar", ({"sched": None, "lr": 0.1},
                                                  {"sched": {"name": "cosine"}})))
    out.append(Case("None is a value", ({"clip": 1.0, "opt": {"wd": 0.1}},
                                        {"clip": None, "opt": {"wd": None}}), hidden=True))
    out.append(Case("new keys go after base's keys",
                    ({"b": 1, "a": {"y": 1, "x": 2}}, {"c": 3, "a": {"z": 0, "x": 5}, "b": 2})))
    out.append(Case("empty override", (_base(rng), {})))
    out.append(Case("empty base", ({}, {"model": {"dim": 8}, "lr": 0.5})))
    out.append(Case("a new nested section", ({"lr": 0.1}, {"ema": {"decay": 0.999,
                                                                   "every": {"steps": 10}}})))
    return out


def _order(expected, got, path=""):
    """The first place where the keys of two equal dicts come in another order."""
    if isinstance(expected, dict) and isinstance(got, dict):
        if list(expected) != list(got):
            return (f"the keys{' of ' + path if path else ''} are in the order {list(got)}, "
                    f"expected {list(expected)}: base's keys first in their order, then "
                    "override's new keys")
        for key in expected:
            problem = _order(expected[key], got[key], f"{path}[{key!r}]")
            if problem:
                return problem
    return None


def _flat_merge(base, override):
    return {**base, **override}


def _concat(base, override):
    out = dict(base)
    for k, v in override.items():
        if isinstance(out.get(k), dict) and isinstance(v, dict):
            out[k] = _concat(out[k], v)
        elif isinstance(out.get(k), list) and isinstance(v, list):
            out[k] = out[k] + v
        else:
            out[k] = v
    return out


def _merge(base, override, *, depth=None, scalar_wins=True, falsy_wins=True):
    """The merge, or a usual wrong version: recursion cut at `depth`, a dict kept
    against a scalar, or a falsy value of override skipped."""
    out = dict(base)
    for k, v in override.items():
        old = out.get(k)
        if isinstance(old, dict) and isinstance(v, dict):
            out[k] = {**old, **v} if depth == 1 else _merge(
                old, v, depth=None if depth is None else depth - 1,
                scalar_wins=scalar_wins, falsy_wins=falsy_wins)
        elif (scalar_wins or not isinstance(old, dict)) and (falsy_wins or v or k not in out):
            out[k] = v
    return out


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        problem = _order(expected, got)
        return problem
    base, override = case.args
    if got == _flat_merge(base, override):
        hint = ("this is a shallow merge: a nested section in override replaced the whole "
                "section of base, losing its other keys; merge dicts recursively")
    elif got == _concat(base, override):
        hint = "lists must be replaced by override's list, not concatenated"
    elif got == _merge(base, override, depth=1):
        hint = ("only the first level is merged: a deeper section of override replaced "
                "the whole section of base; apply the same rule recursively at every depth")
    elif got == _merge(base, override, scalar_wins=False):
        hint = ("a scalar (or None) in override must replace a dict of base: only when both "
                "values are dicts are they merged")
    elif got == _merge(base, override, falsy_wins=False):
        hint = ("a falsy value in override (False, 0, '' or None) is a value like any "
                "other and replaces base's: test whether the key is in override, not "
                "whether its value is true")
    elif got == _merge(override, base) and got != expected:
        hint = ("base's value won: for a key in both, override's value wins (merge "
                "override into base, not base into override)")
    elif got is None:
        hint = "the function returned None: return the merged dict"
    else:
        hint = None
    if case.hidden:  # its one hidden case is about None: say so only when nothing fits
        return hint or ("the merged config is wrong: a None in override is a value like any "
                        "other, and it replaces base's value")
    return f"{problem}; {hint}" if hint else problem
