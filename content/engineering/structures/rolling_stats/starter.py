class RollingStats:
    """Mean and max of the last `window` values pushed."""

    def __init__(self, window: int) -> None:
        # TODO: remember the window size and set up storage for the values.
        raise NotImplementedError("RollingStats is not written yet")

    def push(self, x: float) -> None:
        """Add x; drop the oldest value once more than `window` are held."""
        # TODO
        raise NotImplementedError

    def mean(self) -> float | None:
        """Mean of the values in the window, or None if there are none."""
        # TODO
        raise NotImplementedError

    def max(self) -> float | None:
        """Largest value in the window, or None if there are none."""
        # TODO
        raise NotImplementedError
