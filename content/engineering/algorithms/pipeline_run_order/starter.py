def run_order(steps: list[str], deps: list[tuple[str, str]]) -> list[str] | None:
    """Every step once, each upstream before its downstream; None if there is a cycle.

    Among the steps that are ready (all their upstream steps placed), the
    alphabetically smallest goes next.
    """
    # TODO: count each step's unfinished upstream steps, keep the ready ones in a
    # structure that gives the smallest name quickly, and place them one by one.
    raise NotImplementedError("run_order is not written yet")
