import numpy as np

from mldojo.grading.casekit import Case, same

# A float32 mean of exact changes is off by ~1e-7; one element changed by 1 moves the
# mean of at most 768 elements by more than 5e-6 of itself, so 1e-6 still tells them apart.
RTOL, ATOL = 1e-6, 1e-12


def _frame(rng, shape):
    return rng.integers(0, 256, size=shape, dtype=np.uint8)


def _shifted(rng, frame, delta):
    moved = frame.astype(int) + delta + rng.integers(-3, 4, size=frame.shape)
    return np.clip(moved, 0, 255).astype(np.uint8)


def _case(name, prev, cur, threshold, hidden=False):
    return Case(name, (prev, cur, int(threshold)), rtol=RTOL, atol=ATOL, hidden=hidden)


def cases(rng):
    out = []
    frame = _frame(rng, (24, 32))
    out.append(_case("the scene gets brighter", frame, _shifted(rng, frame, 5), 8))
    out.append(_case("the scene gets darker (a cloud passes)", frame, _shifted(rng, frame, -5), 8))
    frame = _frame(rng, (16, 16, 3))
    out.append(
        _case(
            "a colour frame, darker with an object that moves", frame, _shifted(rng, frame, -4), 10
        )
    )
    out.append(_case("random frames", _frame(rng, (10, 12)), _frame(rng, (10, 12)), 50))
    out.append(
        _case(
            "the statement's example",
            np.array([[10, 200], [0, 255]], dtype=np.uint8),
            np.array([[20, 190], [0, 250]], dtype=np.uint8),
            8,
        )
    )
    out.append(
        _case(
            "the extremes, 0 and 255 both ways",
            np.array([0, 255, 0, 255], dtype=np.uint8),
            np.array([255, 0, 0, 255], dtype=np.uint8),
            254,
        )
    )
    frame = _frame(rng, (8, 8))
    out.append(
        _case(
            "a change exactly equal to the threshold does not count",
            frame,
            np.clip(frame.astype(int) - 7, 0, 255).astype(np.uint8),
            7,
        )
    )
    out.append(_case("identical frames", frame, frame.copy(), 0))
    frame = _frame(rng, (20, 20))
    out.append(_case("a darker scene (hidden)", frame, _shifted(rng, frame, -6), 9, hidden=True))
    return out


def compare(case, expected, got):
    problem = same(expected, got, rtol=case.rtol, atol=case.atol)
    if problem is None:
        return None
    if case.hidden:
        problem = "it does not match"
    if not (isinstance(got, tuple) and len(got) == 2):
        return f"{problem}; return a tuple (fraction_moved, mean_change) of two floats"
    try:
        float(got[0]), float(got[1])
    except (TypeError, ValueError):
        return f"{problem}; return two numbers: the fraction moved and the mean change"
    prev, cur, threshold = case.args
    wrapped = np.abs(cur - prev)
    if np.isclose(float(got[1]), float(wrapped.mean()), rtol=RTOL) and not np.isclose(
        float(got[1]), expected[1], rtol=RTOL
    ):
        return (
            f"{problem}; the difference of two uint8 arrays is computed in uint8 and "
            "wraps around (10 - 20 = 246): convert to a signed type such as int16 before "
            "subtracting"
        )
    signed = cur.astype(int) - prev.astype(int)
    lost = [
        way
        for one_way, way in (
            (np.clip(signed, 0, 255), "got darker"),
            (np.clip(-signed, 0, 255), "got brighter"),
        )
        if np.isclose(float(got[0]), float((one_way > threshold).mean()), rtol=RTOL)
        and np.isclose(float(got[1]), float(one_way.mean()), rtol=RTOL)
        and not np.array_equal(one_way, np.abs(signed))
    ]
    if lost:
        which = lost[0] if len(lost) == 1 else "changed one way"  # a symmetric case cannot tell
        return (
            f"{problem}; the differences were clipped at 0 (a saturating subtract), so a "
            f"pixel that {which} counts as unchanged: the detector is blind to about half "
            "of all motion (for darkening: a shadow, a dark object coming into view), the "
            "mirror image of the wraparound bug. The change is the absolute difference "
            "|cur - prev|, whichever way the pixel went"
        )
    # Subtracting in int8 wraps twice and gives back every change up to 127 exactly: only
    # a mean that differs from the true one tells the int8 conversion apart.
    small = np.abs(cur.astype(np.int8).astype(int) - prev.astype(np.int8).astype(int))
    if any(
        np.isclose(float(got[1]), float(m), rtol=RTOL)
        and not np.isclose(float(m), expected[1], rtol=RTOL)
        for m in (small.mean(), np.abs(cur.astype(np.int8) - prev.astype(np.int8)).mean())
    ):
        return (
            f"{problem}; int8 holds only -128..127, so pixel values above 127 wrap when "
            "converted: use a type that holds -255..255, such as int16"
        )
    exact = np.abs(cur.astype(int) - prev.astype(int))
    mean = float(got[1])
    if (
        np.isclose(float(got[0]), expected[0], rtol=RTOL)
        and float(np.float16(mean)) == mean
        and np.isclose(mean, expected[1], rtol=1e-3)
    ):
        return (
            f"{problem}; the changes are right but their mean was rounded to float16, "
            "which keeps about 3 digits: take the mean in float32, float64 or on the "
            "integers"
        )
    at_least = float((exact >= threshold).mean())
    if np.isclose(float(got[0]), at_least, rtol=RTOL) and not np.isclose(expected[0], at_least):
        return f"{problem}; count changes greater than the threshold, not equal to it"
    return problem
