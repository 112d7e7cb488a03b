# expect: a short last batch more than half full
"""Exact examples only: every short last batch in them holds one row or less than half a
batch, so a drop_last that rounds the number of batches (keeping a last batch more than half
full) passes them."""

def run_tests(source):
    try:
        ns = {}
        exec(source, ns)
        f = ns["batch_slices"]
        expected = {
            (7, 3, False): [(0, 3), (3, 6), (6, 7)],
            (7, 3, True): [(0, 3), (3, 6)],
            (6, 3, False): [(0, 3), (3, 6)],
            (6, 3, True): [(0, 3), (3, 6)],
            (0, 3, False): [],
            (0, 3, True): [],
            (2, 5, False): [(0, 2)],
            (2, 5, True): [],
            (5, 1, False): [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)],
        }
        for (n, b, d), want in expected.items():
            got = f(n, b, drop_last=d)
            if type(got) is not list or got != want:
                return False
            if any(type(t) is not tuple or any(type(v) is not int for v in t) for t in got):
                return False
            if f(n, b, d) != want:
                return False
        for (n, b, d), want in reversed(list(expected.items())):
            if f(n, b, drop_last=d) != want:
                return False
        return True
    except Exception:
        return False
