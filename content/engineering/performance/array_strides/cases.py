import numpy as np

from mldojo.grading.casekit import Case, same

ITEMSIZES = [1, 2, 4, 8, 16]


def _case(name, shape, itemsize, order, hidden=False):
    return Case(name, (tuple(int(n) for n in shape), int(itemsize), order), hidden=hidden)


def cases(rng):
    out = []
    for i in range(4):
        ndim = int(rng.integers(2, 5))
        shape = rng.integers(2, 9, size=ndim)
        order = "C" if i % 2 == 0 else "F"
        out.append(_case(f"random {ndim}-D, {order} order", shape,
                         ITEMSIZES[int(rng.integers(len(ITEMSIZES)))], order))
    out.append(_case("a 2-D float64 array, C order", (3, 4), 8, "C"))
    out.append(_case("the same array in F order", (3, 4), 8, "F"))
    out.append(_case("float32 (strides are in bytes, not elements)", (5, 7), 4, "C"))
    out.append(_case("1-D: both orders agree", (int(rng.integers(3, 20)),), 8, "F"))
    out.append(_case("a 0-d array", (), 8, "C"))
    out.append(_case("axes of length 1", (3, 1, 4), 2, "F"))
    out.append(_case("a tall image batch (N, H, W, C)", (32, 224, 224, 3), 1, "C"))
    shape = rng.integers(2, 7, size=3)
    out.append(_case("a random 3-D array (hidden)", shape, 8, "F", hidden=True))
    return out


def _rule(order):
    if order == "C":
        return ("in C order the last axis's stride is itemsize and each earlier axis's stride "
                "is itemsize times the product of the lengths of all the axes after it")
    return ("in F order the first axis's stride is itemsize and each later axis's stride is "
            "itemsize times the product of the lengths of all the axes before it")


def diagnose(case, expected, got):
    shape, itemsize, order = case.args
    if not isinstance(got, tuple):
        return (f"return a tuple of ints (like NumPy's .strides), not a {type(got).__name__}: "
                "tuple(...) around your list does it")
    if len(got) != len(shape):
        if not shape:
            return "a 0-d array has no axes, so it has no strides: return the empty tuple ()"
        if case.hidden:
            return "return one stride per axis of the shape"
        return (f"return one stride per axis: this shape has {len(shape)} axes and you "
                f"returned {len(got)} strides")
    if not all(isinstance(g, int) for g in got):
        kinds = sorted({type(g).__name__ for g in got if not isinstance(g, int)})
        return (f"each stride must be a plain Python int, not {', '.join(kinds)} "
                "(math.prod or a loop keeps ints; wrap a NumPy value in int())")
    if itemsize > 1 and tuple(g * itemsize for g in got) == expected:
        here = "" if case.hidden else f" ({itemsize} here)"
        return (f"these are strides in elements: multiply by itemsize{here}, NumPy's are in "
                "bytes")
    other = np.empty(shape, dtype=f"V{itemsize}", order="F" if order == "C" else "C").strides
    if got == tuple(int(s) for s in other) and got != expected:
        return (f"that is the layout of the other order: in {order} order the "
                f"{'last' if order == 'C' else 'first'} axis is the contiguous one, with "
                "stride itemsize")
    if got == tuple(e * n for e, n in zip(expected, shape)):
        return ("each stride includes its own axis's length: the contiguous axis's stride "
                "is just itemsize, and an axis's stride multiplies the lengths of the axes "
                "inside it only")
    if got == expected[::-1]:
        return "the tuple is reversed: its first item is the stride of axis 0"
    inner = shape[1:] + (1,) if order == "C" else (1,) + shape[:-1]
    if len(shape) > 2 and got == tuple(itemsize * n for n in inner):
        return ("each stride multiplies only the length of the one neighbouring axis: it must "
                f"multiply all the axes inside it; {_rule(order)}")
    return _rule(order)
