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
    out.append(_case("random 3-D (hidden)", shape, 8, "F", hidden=True))
    return out


def diagnose(case, expected, got):
    shape, itemsize, order = case.args
    if not isinstance(got, tuple):
        return "return a tuple of ints (like NumPy's .strides), not a list"
    if len(got) != len(shape):
        return f"return one stride per axis: {len(shape)} here"
    if not all(isinstance(g, int) for g in got):
        return "each stride is a plain int"
    if itemsize > 1 and tuple(g * itemsize for g in got) == expected:
        return "these are strides in elements: multiply by itemsize, NumPy's are in bytes"
    other = np.empty(shape, dtype=f"V{itemsize}", order="F" if order == "C" else "C").strides
    if got == tuple(int(s) for s in other) and got != expected:
        return (f"that is the layout of the other order: in {order} order the "
                f"{'last' if order == 'C' else 'first'} axis is the contiguous one")
    if got == tuple(e * n for e, n in zip(expected, shape)):
        return ("each stride includes its own axis's length: the contiguous axis's stride "
                "is just itemsize, and an axis's stride multiplies the lengths of the axes "
                "inside it only")
    if got == expected[::-1]:
        return "the tuple is reversed: its first item is the stride of axis 0"
    return None
