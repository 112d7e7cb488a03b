"""Start at the contiguous axis with a stride of `itemsize`; every step outwards
multiplies by the length of the axis just passed. For C order that walk goes
from the last axis to the first, so the loop runs over the reversed shape and
the result is reversed back; F order is the same walk from the first axis. A
0-d array has no axes, hence `()`.

This is why layout matters for speed: the element after `X[i, j]` in memory is
`X[i, j + 1]` in C order but `X[i + 1, j]` in F order, so the same loop is a
sequential scan in one layout and a jump of a whole row per element in the
other. `X.T` changes no bytes: it only swaps the strides, turning a C array
into an F one, which is why a transpose is free and the operation after it
may not be; `np.ascontiguousarray` pays one copy to get the fast layout back.

Common mistakes: returning strides in elements instead of bytes (NumPy's are in
bytes, so a float32 and a float64 array of the same shape differ), including an
axis's own length in its stride (off by one axis), and producing the reverse
order, so that the tuple no longer lines up with the axes.
"""


def strides(shape: tuple[int, ...], itemsize: int, order: str) -> tuple[int, ...]:
    axes = shape[::-1] if order == "C" else shape
    out, step = [], itemsize
    for length in axes:
        out.append(step)
        step *= length
    return tuple(out[::-1] if order == "C" else out)
