from mldojo.grading.casekit import Case, same

ANIMALS = ["cat", "dog", "bird", "horse", "sheep", "cow", "frog", "deer", "ship", "truck"]


def _strings(rng, n, k):
    pool = [str(w) for w in rng.choice(ANIMALS, size=k, replace=False)]
    return [pool[int(i)] for i in rng.integers(0, k, size=n)]


def cases(rng):
    out = []
    for i in range(4):
        n, k = int(rng.integers(6, 30)), int(rng.integers(2, 7))
        out.append(Case(f"random string labels {i + 1}", (_strings(rng, n, k),)))
    ints = [int(v) for v in rng.choice([0, 1, 2, 3, 7, 9, 10, 12, 100], size=12)]
    out.append(Case("integer labels sort numerically", (ints,)))
    out.append(Case("digit strings sort as strings", (["10", "9", "2", "10", "100", "9"],)))
    out.append(Case("labels arriving in reverse order", (["zebra", "yak", "yak", "ant"],)))
    out.append(Case("capitals are different labels", (["cat", "Cat", "CAT", "cat"],)))
    out.append(Case("capitals sort before lower case",
                    (["banana", "Cherry", "apple", "Banana", "cherry", "apple"],)))
    out.append(Case("one class", (["spam"] * int(rng.integers(2, 6)),)))
    out.append(Case("one label", ([int(rng.integers(3, 50))],), hidden=True))
    out.append(Case("negative integers", ([-1, 1, 0, -1, 1],)))
    out.append(Case("no labels", ([],)))
    return out


def diagnose(case, expected, got):
    (labels,) = case.args
    want_classes, want_codes = expected
    if not isinstance(got, tuple) or len(got) != 2:
        return "return a tuple (classes, codes) of two lists"
    classes, codes = got
    if not isinstance(classes, list) or not isinstance(codes, list):
        return "both classes and codes must be lists (not a set, a dict or an array)"
    if sorted(classes, key=repr) == sorted(want_classes, key=repr) and classes != want_classes:
        if len(classes) > 1 and all(isinstance(c, str) for c in classes) and \
                len({c.lower() for c in classes}) == 1:
            return ("these classes differ only in case and are not in Python's normal "
                    "string order (capitals first: 'CAT' < 'Cat' < 'cat'): sort the labels "
                    "themselves with no key; a key such as str.lower makes them tie (and a "
                    "tie keeps whatever order they had), and a set's order is arbitrary")
        seen = list(dict.fromkeys(labels))
        if classes == seen:
            return ("the classes are in the order they first appear: sort them, so the "
                    "mapping does not depend on the order of the rows")
        by_key = {
            "their text": lambda x: str(x),
            "their value as numbers": lambda x: int(x) if str(x).lstrip("-").isdigit() else x,
            "their lower-case form": lambda x: x.lower() if isinstance(x, str) else x,
        }
        for what, key in by_key.items():
            try:
                keys = [key(c) for c in classes]
                if keys == sorted(keys) and len(set(keys)) > 1:
                    return (f"the classes are sorted by {what}: sort the labels themselves, "
                            "with no key (strings in Python's normal order, '10' < '9' and "
                            "'Cat' < 'cat'; integers numerically, 9 < 10)")
            except TypeError:
                pass
        return ("the classes are not sorted: a set's order is arbitrary (and changes between "
                "processes for strings); use sorted(set(labels))")
    if classes != want_classes:
        return "classes must hold each distinct label exactly once, sorted ascending"
    if len(codes) != len(labels):
        return "codes must have one entry per item of labels (repeats included)"
    if not all(type(c) is int for c in codes):
        return "every code must be a plain Python int"
    if codes == [c + 1 for c in want_codes]:
        return "the codes start at 1: a label's code is its position in classes, from 0"
    return "codes[i] must be the position of labels[i] in classes"


def compare(case, expected, got):
    problem = same(expected, got)
    if problem is None:
        classes, codes = got
        if not all(type(c) is int for c in codes):
            return ("every code must be a plain Python int, not a NumPy integer (an array's "
                    "list() keeps NumPy scalars, which json.dump refuses; use .tolist())")
        if not all(type(c) is type(e) for c, e in zip(classes, expected[0], strict=True)):
            return ("the classes must be the labels themselves (plain Python str or int), "
                    "not NumPy scalars: use .tolist() on an array")
        return None
    hint = diagnose(case, expected, got)
    if case.hidden:
        return hint or "it does not match"
    return f"{problem}; {hint}" if hint else problem
