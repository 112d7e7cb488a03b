# expect: your tests reject this correct implementation
TESTS = [
    ([], []),
    ([3.0], [0.0]),
    ([7.0, 7.0], [0.0, 0.0]),
    ([2.0, 4.0, 3.0], [0.0, 1.0, 0.5]),
    ([-5, 5], [0.0, 1.0]),
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
            if values != given or type(got) is not list or got is values:
                return False
            if any(type(g) is not float for g in got) or got != want:  # floats compared with ==
                return False
        return True
    except Exception:
        return False
