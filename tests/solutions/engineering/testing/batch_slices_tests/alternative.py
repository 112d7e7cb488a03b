import itertools


def _oracle(n, batch_size, drop_last):
    """An obviously right version to compare with: differential testing."""
    full = n // batch_size
    batches = [(k * batch_size, (k + 1) * batch_size) for k in range(full)]
    if n % batch_size and not drop_last:
        batches.append((full * batch_size, n))
    return batches


def _same(got, want):
    return (type(got) is list and len(got) == len(want)
            and all(type(b) is tuple and len(b) == 2 and all(type(v) is int for v in b)
                    and b == w for b, w in zip(got, want)))


def run_tests(source):
    namespace = {}
    try:
        exec(source, namespace)
        batch_slices = namespace["batch_slices"]
        grid = itertools.product(range(0, 25), range(1, 12))
        for n, batch_size in grid:
            # Both drop_last values, in both orders, to catch state kept between calls.
            for flags in ((False, True, False), (True, False, True)):
                for drop_last in flags:
                    want = _oracle(n, batch_size, drop_last)
                    if not (_same(batch_slices(n, batch_size, drop_last=drop_last), want)
                            and _same(batch_slices(n, batch_size, drop_last), want)):
                        return False
        return _same(batch_slices(7, 3), [(0, 3), (3, 6), (6, 7)])
    except Exception:
        return False
