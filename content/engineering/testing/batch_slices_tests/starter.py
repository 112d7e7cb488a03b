def run_tests(source: str) -> bool:
    """Run the implementation of batch_slices in `source`; True only if it is right.

    Return False at the first failing test, or if the implementation raises.
    """
    namespace: dict = {}
    exec(source, namespace)
    batch_slices = namespace["batch_slices"]
    # TODO: test batch_slices on the inputs where batching code goes wrong.
    raise NotImplementedError("run_tests is not written yet")
