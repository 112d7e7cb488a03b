# expect: the result is a NumPy array
# A careful suite (lengths, element types, values, order, input unchanged, empty input)
# that never checks the result is a list: an implementation returning a NumPy array
# (whose items are np.float64, a float subclass) gets through.
import math


def run_tests(source):
    namespace = {}
    try:
        exec(source, namespace)
        scale = namespace["minmax_scale"]
        samples = [[], [1.5], [2.0, 2.0, 2.0], [2.0, 4.0, 3.0], [-5, 5], [3, -1, 2, -1],
                   [0.1, 0.7, 0.3, 0.45], [-8.0, -2.0, -4.0]]
        for values in samples:
            kept = list(values)
            out = scale(values)
            if values != kept or out is values or len(out) != len(values):
                return False
            if any(not isinstance(x, float) for x in out):
                return False
            lo, hi = min(values, default=0), max(values, default=0)
            for v, x in zip(values, out):
                want = (v - lo) / (hi - lo) if hi > lo else 0.0
                if not math.isclose(x, want, rel_tol=1e-9, abs_tol=1e-12):
                    return False
    except Exception:
        return False
    return True
