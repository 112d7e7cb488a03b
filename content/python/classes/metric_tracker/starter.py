class MetricTracker:
    """Example-weighted running means of named metrics, reset once per epoch."""

    def __init__(self) -> None:
        # TODO: the running state, created here (not as class attributes).
        raise NotImplementedError("MetricTracker is not written yet")

    def update(self, name: str, value: float, n: int = 1) -> None:
        """Record a batch of n examples whose mean for this metric was value; n < 1
        raises ValueError and changes nothing."""
        raise NotImplementedError

    def mean(self, name: str) -> float | None:
        """Weighted mean since the last reset; None if the metric has no updates."""
        raise NotImplementedError

    def count(self, name: str) -> int:
        """Examples seen for this metric since the last reset."""
        raise NotImplementedError

    def reset(self) -> None:
        """Forget every metric."""
        raise NotImplementedError

    def summary(self) -> dict[str, float]:
        """Every metric's mean, in the order of first update."""
        raise NotImplementedError
