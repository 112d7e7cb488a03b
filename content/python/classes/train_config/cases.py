from mldojo.grading.casekit import Call, Case, same

MODELS = ["resnet18", "vit_b16", "bert-base", "mlp", "unet"]
TAGS = ["base", "aug", "ema", "fp16", "ablation"]


def _model(rng):
    name = MODELS[int(rng.integers(0, len(MODELS)))]
    style = int(rng.integers(0, 3))
    return name if style == 0 else f"  {name.upper()}" if style == 1 else f"{name.title()} "


def _config(rng):
    """Constructor args and kwargs, positional and keyword, text and numbers mixed."""
    lr = float(rng.choice([1e-2, 3e-4, 1e-4, 5e-5]))
    batch = int(rng.choice([16, 32, 64, 100, 128]))
    epochs = int(rng.integers(1, 30))
    values = [_model(rng), f"{lr:g}" if rng.random() < 0.5 else lr,
              str(batch) if rng.random() < 0.3 else batch,
              str(epochs) if rng.random() < 0.3 else epochs,
              [TAGS[int(i)] for i in rng.integers(0, len(TAGS), size=int(rng.integers(0, 5)))]]
    names = ["model", "lr", "batch_size", "epochs", "tags"]
    n_positional = int(rng.integers(1, 5))
    args = tuple(values[:n_positional])
    kwargs = {k: v for k, v in zip(names[n_positional:], values[n_positional:])
              if rng.random() < 0.7}
    return args, kwargs


def _calls(rng):
    calls = [Call("__repr__")]
    for _ in range(int(rng.integers(4, 9))):
        roll = rng.random()
        if roll < 0.3:
            calls.append(Call("steps_per_epoch", (int(rng.integers(0, 5000)),)))
        elif roll < 0.5:
            calls.append(Call("total_steps", (int(rng.integers(1, 5000)),)))
        elif roll < 0.75:
            calls.append(Call("add_tag", (TAGS[int(rng.integers(0, len(TAGS)))],)))
        else:
            calls.append(Call("to_dict"))
    return (*calls, Call("to_dict"), Call("__repr__"))


def cases(rng):
    out = []
    for i in range(5):
        args, kwargs = _config(rng)
        out.append(Case(f"random config {i + 1}", args, kwargs, calls=_calls(rng)))
    G = lambda name: Call("__getattribute__", (name,))  # noqa: E731
    out.append(Case("only the required field", ("mlp",), calls=(
        Call("__repr__"), Call("to_dict"), G("lr"), G("batch_size"), G("tags"))))
    out.append(Case("values given as text are converted", (" BERT-Base ", "3e-4", "64", "3"),
                    calls=(G("model"), G("lr"), G("batch_size"), G("epochs"),
                           Call("total_steps", (640,)), Call("__repr__"))))
    out.append(Case("an int lr becomes a float, a float epochs an int", ("mlp", 1),
                    {"epochs": 5.0},
                    calls=(G("lr"), G("epochs"), Call("total_steps", (64,)), Call("__repr__"))))
    out.append(Case("a short last batch is still a step", ("mlp",), {"batch_size": 32},
                    calls=(Call("steps_per_epoch", (1000,)), Call("steps_per_epoch", (1024,)),
                           Call("steps_per_epoch", (1,)), Call("steps_per_epoch", (0,)),
                           Call("total_steps", (33,)))))
    # Not in sorted order: sorted(set(tags)) must not pass for first-occurrence order.
    out.append(Case("duplicate tags", ("unet",), {"tags": ["fp16", "base", "fp16", "aug", "base"]},
                    calls=(G("tags"), Call("add_tag", ("base",)), Call("add_tag", ("ema",)),
                           Call("to_dict"))))
    # No duplicates: a __post_init__ that keeps the caller's list, or a to_dict that hands
    # out self.tags, shows only when a tag is added after the config is built.
    out.append(Case("tags without duplicates are still a new list", ("mlp",),
                    {"tags": ["base", "aug"]},
                    calls=(Call("to_dict"), Call("add_tag", ("ema",)), G("tags"),
                           Call("to_dict"))))
    out.append(Case("SCHEMA_VERSION is a class constant, not a field", ("vit_b16", 0.01),
                    calls=(G("SCHEMA_VERSION"), Call("to_dict"), Call("__repr__"))))
    # Two configs built with the default tags: the second must not see the first's tag.
    out.append(Case("default tags (first config)", ("mlp",), calls=(
        Call("add_tag", ("first",)), G("tags"))))
    out.append(Case("default tags (second config)", ("mlp",), calls=(
        G("tags"), Call("add_tag", ("second",)), Call("to_dict"))))
    out.append(Case("all fields positional", ("cnn", 0.1, 8, 2, ["x"]), calls=(
        Call("__repr__"), Call("total_steps", (17,))), hidden=True))
    return out


def _whole_run_ceil(case, n):
    """ceil(n * epochs / batch_size) for the case's config, or None where it is unclear."""
    values = dict(zip(["model", "lr", "batch_size", "epochs", "tags"], case.args, strict=False))
    values.update(case.kwargs)
    try:
        batch = int(float(values.get("batch_size", 32)))
        epochs = int(float(values.get("epochs", 10)))
    except (TypeError, ValueError):
        return None
    return -(-n * epochs // batch) if batch > 0 else None


def _first_difference(expected, got):
    """The two reprs around the first character where they differ."""
    i = next((k for k, (a, b) in enumerate(zip(expected, got)) if a != b),
             min(len(expected), len(got)))
    start = max(0, i - 25)
    return (f"the repr differs at character {i}: expected ...{expected[start:i + 25]!r}..., "
            f"got ...{got[start:i + 25]!r}...")


def compare(case, expected, got, call):
    problem = same(expected, got)
    if problem and call.method == "__repr__" and isinstance(got, str):
        problem = _first_difference(expected, got)
    if problem is None:
        if isinstance(expected, dict) and list(expected) != list(got):
            return (f"to_dict() has the keys in the order {list(got)}: keep the field order "
                    f"{list(expected)}")
        return None
    method = call.method
    hint = None
    if method == "add_tag":
        hint = "add_tag must return None"
    elif isinstance(got, str) and "SCHEMA_VERSION" in got or (
            isinstance(got, dict) and "SCHEMA_VERSION" in got):
        hint = ("SCHEMA_VERSION became a field: annotate it as ClassVar[int] so the "
                "dataclass leaves it out")
    elif method in ("steps_per_epoch", "total_steps") and isinstance(got, int | float):
        n = call.args[0]
        if isinstance(got, float):
            hint = "the number of steps must be an int"
        elif method == "total_steps" and got < expected and _whole_run_ceil(case, n) == got:
            hint = ("each epoch ends with its own short batch: total_steps is epochs * "
                    "steps_per_epoch(n), not the whole run's examples divided once, "
                    "ceil(n * epochs / batch_size)")
        elif got < expected:
            hint = (f"{n} examples need a last, shorter batch when they do not divide evenly: "
                    "round the division up")
        elif got > expected:
            hint = ("there is a short batch only when the examples do not divide evenly, and "
                    "0 examples take 0 steps: round up, ceil(n / batch_size) or "
                    "-(-n // batch_size), rather than adding 1 to n // batch_size")
    elif method == "__getattribute__" and call.args[0] == "tags" and isinstance(got, list):
        if len(got) > len(expected) and not case.kwargs.get("tags"):
            hint = ("this config has tags it never got: all configs share one default list; "
                    "use field(default_factory=list)")
        else:
            hint = "tags must be a new list with duplicates removed, first occurrences kept"
    elif (method == "__repr__" and isinstance(got, str) and expected.endswith("tags=[])")
          and not got.endswith("tags=[])") and "tags" not in case.kwargs and len(case.args) < 5):
        hint = ("this config has tags it never got: all configs share one default list; "
                "use field(default_factory=list)")
    elif isinstance(got, str) and isinstance(expected, str) and method == "__repr__":
        hint = ("compare the repr field by field: model stripped and lower-cased, lr a float, "
                "batch_size and epochs ints, tags deduplicated; use the repr @dataclass makes")
    elif isinstance(expected, dict) and isinstance(got, dict):
        if len(got.get("tags", [])) > len(expected["tags"]) and "tags" not in case.kwargs \
                and len(case.args) < 5:
            hint = ("this config has tags it never got: all configs share one default list; "
                    "use field(default_factory=list)")
        else:
            hint = "to_dict() must hold the normalised fields, in field order"
    elif type(expected) is not type(got):
        hint = ("the value has the wrong type: annotations are not enforced, so convert "
                "every value in __post_init__ (float(...), int(...)), not only text: an int "
                "lr must become a float too")
    if case.hidden:
        return hint or "this call returned the wrong value"
    return f"{problem}; {hint}" if hint else problem
