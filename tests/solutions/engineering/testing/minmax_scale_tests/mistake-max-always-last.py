# expect: try a list whose largest value is not the last one
import math

# Every non-constant input has its largest value last (and its smallest not first).
TESTS = [
    ([], []),
    ([3.0], [0.0]),
    ([7.0, 7.0, 7.0], [0.0, 0.0, 0.0]),
    ([2, 1, 3], [0.5, 0.0, 1.0]),
    ([-1, -3, 0], [2 / 3, 0.0, 1.0]),
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
            for g, w in zip(got, want, strict=True):
                if type(g) is not float or not math.isclose(g, w, rel_tol=1e-9, abs_tol=1e-12):
                    return False
        return True
    except Exception:
        return False
