import itertools
import math


def run_tests(source):
    # Properties instead of an oracle: an affine map of the input onto [0, 1].
    namespace = {}
    try:
        exec(source, namespace)
        scale = namespace["minmax_scale"]
        samples = [[], [1.5], [2, 2], [3, -1, 2, -1], [0.1, 0.7, 0.3], [-8.0, -2.0, -4.0]]
        samples += [[(i * 37 % 11) - 5.5 + j / 3 for i in range(j)] for j in range(2, 9)]
        for values in samples:
            kept = values[:]
            out = scale(values)
            if values != kept or not isinstance(out, list) or out is values:
                return False
            if len(out) != len(values) or any(not isinstance(x, float) for x in out):
                return False
            if not values:
                continue
            lo, hi = min(values), max(values)
            if lo == hi:
                if any(x != 0.0 for x in out):
                    return False
                continue
            for v, x in zip(values, out):
                if not math.isclose(x * (hi - lo) + lo, v, rel_tol=1e-9, abs_tol=1e-9):
                    return False
            for (v1, x1), (v2, x2) in itertools.combinations(zip(values, out), 2):
                if (v1 < v2) != (x1 < x2) and v1 != v2:
                    return False
    except Exception:
        return False
    return True
