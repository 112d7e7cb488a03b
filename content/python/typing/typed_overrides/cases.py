from mldojo.grading.casekit import Case

# Valid overrides: (key, a function of rng giving the value text).
VALID = [
    ("model", lambda rng: str(rng.choice(["vit_b16", "  mlp ", "ResNet-50", ""]))),
    ("epochs", lambda rng: str(int(rng.integers(1, 200)))),
    ("layers", lambda rng: "[" + ", ".join(str(int(v)) for v in
                                           rng.integers(8, 513, size=int(rng.integers(0, 4))))
     + "]"),
    ("dropout", lambda rng: str(rng.choice(["0.1", "0.25", "none", "None", "NULL", "0"]))),
    ("tags", lambda rng: str(rng.choice(["[a, b]", "[]", "[ablation]", "[x,y , z]"]))),
    ("warmup_steps", lambda rng: str(rng.choice(["500", "null", "0"]))),
    ("amp", lambda rng: str(rng.choice(["true", "False", "YES", "no", "1", "0"]))),
    ("optim.name", lambda rng: str(rng.choice(["adam", "adamw", "sgd"]))),
    ("optim.lr", lambda rng: str(rng.choice(["3e-4", "0.1", "1", "1e-5", "2"]))),
    ("optim.betas", lambda rng: str(rng.choice(["[0.9, 0.95]", "[0.8,0.99]", "[1, 0]"]))),
    ("optim.nesterov", lambda rng: str(rng.choice(["true", "0", "No"]))),
]


def _valid(rng, n):
    out = []
    for _ in range(n):
        key, make = VALID[int(rng.integers(0, len(VALID)))]
        spaces = str(rng.choice(["", " ", "  "]))
        out.append(f"{key}{spaces}={spaces}{make(rng)}")
    return out


def cases(rng):
    out = [Case(f"random overrides {i + 1}", (_valid(rng, int(rng.integers(2, 7))),))
           for i in range(4)]
    out.append(Case("the example", (["epochs=20", "optim.lr = 3e-4", "amp=True",
                                     "layers=[128, 64]", "dropout=none",
                                     "optim.betas=[0.9,0.95]"],)))
    out.append(Case("no overrides", ([],)))
    out.append(Case("a later override wins", (["epochs=5", "optim.lr=0.1", "epochs=7",
                                              "optim.lr=0.2"],)))
    out.append(Case("false is False", (["amp=false", "optim.nesterov=FALSE"],)))
    out.append(Case("yes and 1 are True", (["amp=Yes", "optim.nesterov=1"],)))
    out.append(Case("no and 0 are False", (["amp=true", "optim.nesterov=true", "amp=NO",
                                            "optim.nesterov=0"],)))
    out.append(Case("list items are stripped text, and [] is empty",
                    (["layers=[]", "tags=[ ablation,lr sweep , v2]"],)))
    out.append(Case("ints become floats for a float field", (["optim.lr=1", "dropout=0"],)))
    out.append(Case("the value may contain =", (["model=name=with=equals"],)))
    out.append(Case("Optional[int]", (["warmup_steps=250"],)))
    out.append(Case("none and null in any case", (["dropout=0.5", "dropout=None",
                                                   "warmup_steps=NULL"],)))
    out.append(Case("missing =", (["epochs=3", "epochs 5"],)))
    out.append(Case("an unknown key", (["epochs=3", "optim.lrr=0.1", "epochs=oops"],)))
    out.append(Case("a dataclass field is not a leaf", (["optim=sgd"],)))
    out.append(Case("walking into a scalar", (["model.depth=3"],)))
    out.append(Case("an int field given a float", (["epochs=3.0"],)))
    out.append(Case("a bool field given another word", (["amp=maybe"],)))
    out.append(Case("on is not one of the bool words", (["optim.nesterov=on"],)))
    out.append(Case("an int with a sign, as int() reads it", (["epochs=+12", "warmup_steps=-1"],)))
    out.append(Case("a Literal outside its choices", (["optim.name=Adam"],)))
    out.append(Case("a list without brackets", (["layers=128,64"],)))
    out.append(Case("a list missing its closing bracket", (["layers=[128, 64"],)))
    out.append(Case("a Literal given one of its choices", (["optim.name=sgd",
                                                            "optim.name = adamw"],)))
    out.append(Case("a bad list item", (["layers=[128, x]"],)))
    out.append(Case("a tuple of the wrong length", (["optim.betas=[0.9]"],)))
    out.append(Case("none for a field that is not Optional", (["epochs=none"],), hidden=True))
    out.append(Case("a syntax error's key is the stripped override", (["epochs=3", " epochs 5 "],)))
    out.append(Case("an unknown key is reported stripped", (["epochs=3", " optim.lrr =0.1"],)))
    out.append(Case("a bad value's key is reported stripped", (["epochs = x"],)))
    out.append(Case("a bad value before a syntax error", (["epochs=oops", "epochs 5"],)))
    out.append(Case("a bad value before an unknown key", (["epochs=oops", "optim.lrr=1"],)))
    return out


def _position(overrides, outcome):
    """The index of the first override an error (kind, key) can stand for, or None."""
    for i, override in enumerate(overrides):
        key, sep, _ = override.partition("=")
        if outcome.get("error") == "syntax":
            if not sep and override.strip() == outcome.get("key"):
                return i
        elif sep and key.strip() == outcome.get("key"):
            return i
    return None


def diagnose(case, expected, got):
    (overrides,) = case.args
    if not isinstance(got, dict) or "base_unchanged" not in got:
        return "run_overrides was changed: keep it as the starter has it"
    if expected["base_unchanged"] and not got["base_unchanged"]:
        return ("the config passed in was changed: build new configs with "
                "dataclasses.replace (at every level, the nested OptimConfig included) "
                "instead of setattr")
    if "error" in expected and "error" not in got:
        texts = [o.partition("=")[2].strip() for o in overrides
                 if o.partition("=")[0].strip() == expected.get("key")]
        if expected["error"] == "value" and any(t.startswith("[") != t.endswith("]")
                                                for t in texts):
            return ("this should raise OverrideError('value', ...): a list "
                    "or tuple is written between both brackets, '[' at the start and ']' at "
                    "the end; text missing one of them is not a list (test startswith and "
                    "endswith, do not strip('[]'))")
        return (f"this should raise OverrideError({expected['error']!r}, ...): "
                + {"syntax": "an override without '=' is a syntax error",
                   "unknown": "the key must name a field that is not itself a dataclass, "
                              "walking only through dataclasses",
                   "value": "the text does not convert to the field's type hint; check the "
                            "table: int() rejects '3.0', a bool takes only the listed words "
                            "(true/false, yes/no, 1/0: not on/off, y/n or t/f), "
                            "a Literal only its strings, None only where the hint allows it, "
                            "lists and tuples need brackets and the right number of items",
                   }[expected["error"]])
    if "error" not in expected and "error" in got:
        words = (f"OverrideError({got['error']!r}, {got['key']!r}) was raised for a valid "
                 "override; check how that value's type hint is converted")
        if got["error"] == "unknown" and "=" in str(got["key"]):
            return (f"OverrideError('unknown', {got['key']!r}) was raised for a valid override: "
                    "split at the first '=' (str.partition or split('=', 1)); the value may "
                    "hold '=' but the key never does")
        if got["error"] == "value" and got["key"] == "dropout":
            words += ("; dropout's hint is float | None, a types.UnionType, which "
                      "get_origin does not report as typing.Union: accept both")
        if got["error"] == "value" and got["key"] == "warmup_steps":
            words += ("; warmup_steps's hint is Optional[int], a typing.Union, which "
                      "is not a types.UnionType: accept both")
        if got["error"] == "value" and any(o.partition("=")[2].strip()[:1] in "+-"
                                           for o in overrides):
            words += ("; an int field takes what int() accepts, a sign included ('-1', "
                      "'+12'): str.isdigit() rejects those")
        return words
    if "error" in expected:
        first, reported = _position(overrides, expected), _position(overrides, got)
        if first is not None and reported is not None and reported > first:
            return (f"OverrideError({got['error']!r}, {got['key']!r}) reports override "
                    f"{reported + 1}, but override {first + 1} ({overrides[first].strip()!r}) "
                    f"is already bad ({expected['error']!r}): the first bad override, in "
                    "order, is the one reported, whatever its kind, since whoever reads the "
                    "error fixes the overrides one at a time, in the order written; check "
                    "each override fully (syntax, key, value) before the next, not every "
                    "override's syntax or key first")
        if got["error"] != expected["error"]:
            return f"the error kind should be {expected['error']!r}, not {got['error']!r}"
        if isinstance(got["key"], str) and got["key"] != got["key"].strip():
            return (f"the error's key {got['key']!r} has spaces around it: report the "
                    "stripped key (for a syntax error, the whole override stripped)")
        return ("the error's key must be the stripped key as written (the whole stripped "
                "override for a syntax error), for the first bad override")
    if got.get("repr") != expected["repr"]:
        want, have = expected["repr"], str(got.get("repr"))
        i = next((k for k, (a, b) in enumerate(zip(want, have)) if a != b),
                 min(len(want), len(have)))
        start = max(0, i - 30)
        words = (f"the repr differs at character {i}: expected ...{want[start:i + 30]!r}..., "
                 f"got ...{have[start:i + 30]!r}...")
        if ("False" in want[i:i + 6] and "True" in have[i:i + 5]) or "amp='" in have \
                or "nesterov='" in have:
            return words + ("; convert a bool field by looking the word up (true/yes/1, "
                            "false/no/0): bool('false') is True, since any non-empty string "
                            "is truthy")
        tags = (got.get("config") or {}).get("tags")
        if isinstance(tags, list) and any(isinstance(t, str) and t != t.strip() for t in tags):
            return words + "; strip the spaces around each list item"
        return words + "; check the type each value was converted to"
    return None
