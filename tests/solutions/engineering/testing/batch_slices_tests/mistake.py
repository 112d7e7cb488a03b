# expect: your tests let a buggy implementation through
def run_tests(source):
    # Only the examples of the statement: the happy path.
    namespace = {}
    try:
        exec(source, namespace)
        batch_slices = namespace["batch_slices"]
        return (batch_slices(7, 3) == [(0, 3), (3, 6), (6, 7)]
                and batch_slices(7, 3, drop_last=True) == [(0, 3), (3, 6)]
                and batch_slices(6, 3) == [(0, 3), (3, 6)])
    except Exception:
        return False
