import numpy as np

from mldojo.grading.casekit import Case, same


def _images(rng, n, h, w, c, high=256):
    return rng.integers(0, high, size=(n, h, w, c), dtype=np.uint8)


def cases(rng):
    out = []
    for i in range(3):
        n, h = (int(v) for v in rng.integers(1, 6, size=2))
        w = h + int(rng.integers(1, 4))  # never square: a swap of height and width shows
        out.append(Case(f"random RGB batch #{i + 1} ({n}x{h}x{w}x3)",
                        (_images(rng, n, h, w, 3),), rtol=1e-6, atol=1e-7))
    out.append(Case("grayscale (one channel)", (_images(rng, 4, 5, 3, 1),),
                    rtol=1e-6, atol=1e-7))
    out.append(Case("square images", (_images(rng, 2, 4, 4, 3),), rtol=1e-6, atol=1e-7))
    out.append(Case("a dark batch (max pixel 40)", (_images(rng, 3, 3, 5, 3, high=41),),
                    rtol=1e-6, atol=1e-7))
    full = _images(rng, 2, 3, 2, 3)
    full[0, 0, 0, 0], full[1, 2, 1, 2] = 0, 255
    out.append(Case("pixels at 0 and 255", (full,), rtol=1e-6, atol=1e-7, hidden=True))
    out.append(Case("one image, one pixel", (_images(rng, 1, 1, 1, 3),), rtol=1e-6, atol=1e-7))
    out.append(Case("an empty batch", (np.zeros((0, 4, 6, 3), dtype=np.uint8),)))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = _veil(problem)
    (images,) = case.args
    n, h, w, c = images.shape
    if not isinstance(got, np.ndarray):
        return problem + "; return a torch.Tensor"
    order = _axis_order(images, expected, got)
    if order is not None:
        return problem + order
    if got.shape == (n, h, w, c) != expected.shape:
        return (problem + "; the channels are still last: move axis 3 to position 1 "
                "(n, c, h, w)")
    if got.shape == (n, c, w, h) and h != w:
        return (problem + "; height and width are swapped: the new order of the old axes "
                "is (0, 3, 1, 2)")
    if got.shape != expected.shape:
        return problem
    if got.dtype != expected.dtype:
        return (problem + "; PyTorch layers hold float32 weights: convert with .float() "
                "(NumPy's astype(float) and division give float64)")
    scaled = images.astype(np.float64) / 255.0
    reread = scaled.reshape(n, c, h, w)
    if (c > 1 and np.allclose(got, reread, atol=1e-6)
            and not np.allclose(reread, expected, atol=1e-6)):
        return (problem + "; the shape is right but the pixels are scrambled: reshape and "
                "view only re-read memory; permute moves the channel axis")
    if images.size and images.max() > 0:
        by_max = images.astype(np.float64).transpose(0, 3, 1, 2) / images.max()
        if np.allclose(got, by_max, atol=1e-6) and images.max() != 255:
            return (problem + "; the values were divided by the batch's maximum: divide by "
                    "the fixed 255, so a dark image stays dark")
    chw = images.astype(np.float64).transpose(0, 3, 1, 2)
    if images.size and np.allclose(got, chw / 256.0, atol=1e-6):
        return problem + "; the values were divided by 256: the largest pixel, 255, must become 1.0"
    if got.size and np.nanmin(got) < 0:
        return (problem + "; some values are negative: only scale to [0, 1] (x / 255), with no "
                "mean and std normalisation")
    if images.size and np.allclose(got, chw, atol=1e-6):
        return problem + "; the values are still 0..255: divide by 255"
    return problem


# The axis orders a permute (or transpose) can slip into, with what each one means.
_ORDERS = {
    (0, 3, 2, 1): "; height and width are swapped: the new order of the old axes is (0, 3, 1, 2)",
    (0, 1, 2, 3): "; the channels are still last: move axis 3 to position 1 (n, c, h, w)",
    (0, 2, 1, 3): ("; the channels are still last, and height and width are swapped: the new "
                   "order of the old axes is (0, 3, 1, 2)"),
    (0, 1, 3, 2): ("; the axes are in the order (0, 1, 3, 2), channels third: the new order of "
                   "the old axes is (0, 3, 1, 2)"),
    (0, 2, 3, 1): ("; the axes are in the order (0, 2, 3, 1), width first: the new order of "
                   "the old axes is (0, 3, 1, 2)"),
}


def _axis_order(images, expected, got):
    """What is wrong with the order of the axes, when got holds the pixels in another order
    (scaled by 255, 256, the batch's maximum or not at all); None otherwise."""
    if not images.size or got.dtype.kind != "f":
        return None
    scales = {255.0, 256.0, float(max(images.max(), 1)), 1.0}
    for order, words in _ORDERS.items():
        moved = images.astype(np.float64).transpose(order)
        if moved.shape == expected.shape and np.allclose(moved / 255.0, expected, atol=1e-6):
            continue  # this order holds the same values (one pixel, or h == w == c == 1)
        if moved.shape == got.shape and any(
                np.allclose(got, moved / scale, atol=1e-6) for scale in scales):
            return words
    return None


def _veil(problem):
    """A hidden case's message names the kind of difference, never the expected values."""
    if "values differ" in problem:
        return problem.split("; the first")[0]
    if problem.startswith(("expected shape", "expected dtype", "expected a torch.Tensor")):
        return problem
    return "the value is wrong"
