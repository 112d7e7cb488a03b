import math


class EarlyStopping:
    """Stop training once the validation loss has not improved by more than min_delta
    for `patience` consecutive epochs (or at once on a nan loss)."""

    def __init__(self, patience: int, min_delta: float = 0.0) -> None:
        self.patience = patience
        self.min_delta = min_delta
        # TODO: the state you need: best loss, its epoch, epochs seen, epochs without
        # improvement.

    def step(self, val_loss: float) -> bool:
        """Record one epoch's validation loss; return True when training should stop."""
        raise NotImplementedError("step is not written yet")

    def best(self) -> tuple[int, float]:
        """(best_epoch, best_loss); (0, math.inf) before any improvement."""
        raise NotImplementedError("best is not written yet")
