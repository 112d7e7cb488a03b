# expect: let a buggy implementation through
def run_tests(source):
    # One comfortable example: every bug at the edges gets through.
    namespace = {}
    exec(source, namespace)
    return namespace["minmax_scale"]([1.0, 2.0, 3.0]) == [0.0, 0.5, 1.0]
