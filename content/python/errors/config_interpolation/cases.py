from mldojo.grading.casekit import Case, same


def _base(rng):
    return {
        "seed": int(rng.integers(0, 100)),
        "model": {"name": str(rng.choice(["vit", "resnet", "mlp"])),
                  "dim": int(rng.choice([64, 128, 256])),
                  "layers": [int(v) for v in rng.integers(8, 65, size=3)],
                  "dropout": round(float(rng.uniform(0, 0.5)), 2),
                  "pretrained": bool(rng.random() < 0.5)},
        "optim": {"name": "adam", "lr": float(rng.choice([0.1, 0.001, 3e-4]))},
        "data": {"root": "/data/imagenet", "batch_size": int(rng.choice([32, 64]))},
    }


# Reference entries that only point at base values or at entries listed before them.
EXTRAS = [
    ("head", lambda rng: {"in_dim": "${model.dim}",
                          "hidden": "${model.layers." + str(int(rng.integers(0, 3))) + "}"}),
    ("run_name", lambda rng: "${model.name}-lr${optim.lr}-s${seed}"),
    ("log_dir", lambda rng: "${data.root}/runs/${run_name}"),
    ("sizes", lambda rng: ["${head.in_dim}", "${head.hidden}", int(rng.integers(2, 20))]),
    ("backbone", lambda rng: "${model}"),
    ("flags", lambda rng: {"pretrained": "${model.pretrained}", "tag": "pt=${model.pretrained}"}),
    ("eval", lambda rng: {"batch_size": "${data.batch_size}", "layers": "${model.layers}",
                          "note": "costs $5 {not a reference}"}),
]


def _config(rng):
    cfg = _base(rng)
    chosen = sorted(rng.choice(len(EXTRAS), int(rng.integers(3, len(EXTRAS) + 1)),
                               replace=False))
    names = [EXTRAS[int(i)][0] for i in chosen]
    for name, make in EXTRAS:
        if name in names or (name == "head" and {"sizes"} & set(names)) or (
                name == "run_name" and "log_dir" in names):
            cfg[name] = make(rng)
    # Shuffle the top-level order: references may point forwards as well as back.
    keys = list(cfg)
    order = [keys[int(i)] for i in rng.permutation(len(keys))]
    return {k: cfg[k] for k in order}


def cases(rng):
    out = [Case(f"random config {i + 1}", (_config(rng),)) for i in range(4)]
    out.append(Case("the example", ({"model": {"dim": 256, "name": "vit"},
                                     "head": {"in_dim": "${model.dim}",
                                              "sizes": ["${head.in_dim}", 10]},
                                     "run": "${model.name}-d${head.in_dim}"},)))
    out.append(Case("a chain of references", ({"a": "${b}", "b": "${c.d}", "c": {"d": "${e}"},
                                               "e": 1.5},)))
    out.append(Case("whole-string references keep their type",
                    ({"x": {"n": 3, "f": 0.5, "t": True, "z": None, "l": [1, 2]},
                      "n": "${x.n}", "f": "${x.f}", "t": "${x.t}", "z": "${x.z}", "l": "${x.l}",
                      "s": "n=${x.n} t=${x.t} z=${x.z}"},)))
    out.append(Case("a reference to a dict gets the resolved dict",
                    ({"opt": {"name": "sgd", "lr": "${base_lr}"}, "base_lr": 0.1,
                      "copy": "${opt}"},)))
    out.append(Case("a diamond is not a cycle", ({"a": 1, "b": "${a}", "c": "${a}",
                                                   "d": ["${b}", "${c}", "${b}-${c}"]},)))
    out.append(Case("a value may refer inside its own section",
                    ({"model": {"dim": 8, "hidden": "${model.dim}", "out": "x${model.hidden}"}},)))
    out.append(Case("list items by index", ({"layers": [16, "${width}", 64], "width": 32,
                                             "first": "${layers.0}", "mid": "${layers.1}"},)))
    out.append(Case("a list or dict written into a text is resolved first",
                    ({"width": 32, "layers": [16, "${width}"], "desc": "layers=${layers}",
                      "opt": {"lr": "${base}"}, "base": 0.1, "note": "opt=${opt}"},)))
    out.append(Case("a dict key made of digits is a key, not an index",
                    ({"id2label": {"0": "neg", "1": "pos"}, "first": "${id2label.0}",
                      "names": ["${id2label.1}", "${id2label.0}"]},)))
    out.append(Case("a missing key", ({"model": {"dim": 8}, "head": "${model.dimm}"},)))
    out.append(Case("a missing key at the end of a chain", ({"a": "${b}", "b": "${c.x}",
                                                             "c": {"y": 1}},)))
    out.append(Case("an index out of range", ({"l": [1, 2], "x": "${l.2}"},)))
    out.append(Case("a part after a scalar", ({"seed": 3, "x": "id-${seed.value}"},)))
    out.append(Case("a non-numeric part on a list", ({"l": [1, 2], "x": "${l.first}"},)))
    out.append(Case("a negative index is missing", ({"l": [1, 2, 3], "x": "${l.-1}"},)))
    # "²".isdigit() is True, but int("²") raises: only the digits 0-9 make an index.
    out.append(Case("an index is made of the digits 0-9 only", ({"l": [1, 2, 3], "x": "${l.²}"},)))
    out.append(Case("a two-step cycle", ({"a": "${b}", "b": "x${a}", "c": 1},)))
    out.append(Case("a value referring to itself", ({"ok": 1, "a": "${a}"},)))
    out.append(Case("a three-step cycle through a list",
                    ({"a": {"b": ["${c}"]}, "c": "${d}", "d": "${a.b.0}"},)))
    out.append(Case("a chain leading into a loop", ({"x": "${a}", "a": "${b}", "b": "${a}"},)))
    out.append(Case("a loop out of alphabetical order", ({"q": "${p}", "p": "${r}", "r": "${q}"},)))
    out.append(Case("a section containing a reference to itself",
                    ({"model": {"dim": 4, "me": "${model}"}},)))
    out.append(Case("strings without references", ({"a": "$5", "b": "{x}", "c": "$ {y}",
                                                   "d": ""},)))
    out.append(Case("an empty config", ({},)))
    out.append(Case("a cycle behind a valid chain", ({"x": "${y}", "y": "${z.0}",
                                                      "z": ["${w}"], "w": "${y}"},),
                    hidden=True))
    return out


def _loop(path):
    """The values on a reported loop, "a -> b -> a" -> ["a", "b"]; None if malformed."""
    if not isinstance(path, str):
        return None
    parts = path.split(" -> ")
    if len(parts) < 2 or parts[0] != parts[-1]:
        return None
    return parts[:-1]


def _same_loop(want, got):
    """A loop may be reported from any of its values: compare up to rotation."""
    return got is not None and len(got) == len(want) and any(
        got == want[i:] + want[:i] for i in range(len(want)))


def compare(case, expected, got):
    if (isinstance(got, dict) and got.get("error") == "cycle" == expected.get("error")
            and _same_loop(_loop(expected["path"]), _loop(got["path"]))):
        return None
    problem = same(expected, got)
    if problem is None:
        return None
    hint = diagnose(case, expected, got)
    if case.hidden:  # never show a hidden case's expected value
        return hint or "it does not match"
    return f"{problem}; {hint}" if hint else problem


def diagnose(case, expected, got):
    if not isinstance(got, dict) or not ({"value"} == set(got) or {"error", "path"} == set(got)):
        return "run_resolve was changed: keep it as the starter has it"
    if "value" in expected and "error" in got:
        if got["error"] == "cycle":
            return ("this config has no cycle: a value reached twice by different routes is "
                    "fine; only a value needed while it is itself being resolved is a cycle "
                    "(remove a path from the in-progress set when it is done)")
        if isinstance(got.get("path"), str) and any(p.isdigit() for p in got["path"].split(".")):
            return (f"no path is missing here, but {got['path']!r} was reported missing: on a "
                    "dict every part is a key, even one made of digits such as '0'; a part is "
                    "an index only when the value it is applied to is a list")
        return f"no path is missing here, but {got['path']!r} was reported missing"
    if "error" in expected and "value" in got:
        if expected["error"] == "cycle":
            return "this config has a cycle: detect it and raise InterpolationError('cycle', ...)"
        if any(part.startswith("-") for part in expected["path"].split(".")):
            return ("a list index is a decimal number counted from 0: a negative index such "
                    "as -1 is missing, not the last item (int('-1') accepts the minus sign; "
                    "str.isdigit() does not)")
        return ("a reference points at a path that does not exist: raise "
                "InterpolationError('missing', path) instead of leaving it or guessing")
    if "error" in expected:
        if got["error"] != expected["error"]:
            return f"the error kind should be {expected['error']!r}, not {got['error']!r}"
        if expected["error"] == "cycle":
            return _loop_hint(expected["path"], got["path"])
        return "the missing path must be reported as written in the reference, e.g. 'model.dimm'"
    value, want = got["value"], expected["value"]
    found = _type_change(want, value)
    if found:
        return found
    if "${" in repr(value):
        return ("some references were left unresolved: resolve referenced values first "
                "(a list or dict written into a text too, before str() of it), and resolve "
                "the strings inside lists too")
    return None


def _loop_hint(want, got):
    shape = ("report the loop as the path of each value on it, each needing the next, "
             "joined by ' -> ' and ending where it began, as in 'a -> b -> a'")
    loop = _loop(got)
    if loop is None:
        return f"the cycle was reported as {got!r}: {shape}"
    if set(loop) > set(_loop(want)):
        return ("the loop names values that only lead into it: start it at the value met "
                "again while still being resolved, not where the walk began")
    if set(loop) < set(_loop(want)):
        return ("the loop leaves out values on it: a dict or list needs its items, and a "
                "string needs the values its references point to")
    return f"that is not the loop of references in this config: {shape}"


def _type_change(want, got, path="value"):
    if isinstance(want, dict) and isinstance(got, dict):
        for k in want:
            if k in got:
                hit = _type_change(want[k], got[k], f"{path}[{k!r}]")
                if hit:
                    return hit
    elif isinstance(want, list) and isinstance(got, list) and len(want) == len(got):
        for i, (w, g) in enumerate(zip(want, got)):
            hit = _type_change(w, g, f"{path}[{i}]")
            if hit:
                return hit
    elif isinstance(got, str) and not isinstance(want, str) and got == str(want):
        return (f"{path} became the text {got!r}: a string that is exactly one reference "
                "takes the referenced value itself, with its type")
    return None
