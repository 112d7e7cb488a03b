def run_tests(source: str) -> bool:
    """Run the implementation of minmax_scale in `source`; True only if it is right.

    Return False at the first failing test, or if the implementation raises.
    """
    namespace: dict = {}
    exec(source, namespace)
    minmax_scale = namespace["minmax_scale"]
    # TODO: call minmax_scale on the inputs where scalers go wrong, and check the results.
    raise NotImplementedError("run_tests is not written yet")
