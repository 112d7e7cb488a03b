# expect: check the type of every element that comes back, for a constant input too
import math

TESTS = [
    ([], []),
    ([3.0], [0.0]),
    ([7.0, 7.0], [0.0, 0.0]),
    ([4, 1, 3], [1.0, 0.0, 2 / 3]),
    ([0, -1], [1.0, 0.0]),
]


def run_tests(source):
    try:
        namespace = {}
        exec(source, namespace)
        minmax_scale = namespace["minmax_scale"]
        for values, want in TESTS:
            given = list(values)
            got = minmax_scale(values)
            if values != given or type(got) is not list or got is values or len(got) != len(want):
                return False
            if not all(
                math.isclose(g, w, rel_tol=1e-9, abs_tol=1e-12)
                for g, w in zip(got, want, strict=True)
            ):
                return False
            # Types are only checked where the values differ: 0 == 0.0 hides an int zero.
            if len(set(given)) > 1 and any(type(g) is not float for g in got):
                return False
        return True
    except Exception:
        return False
