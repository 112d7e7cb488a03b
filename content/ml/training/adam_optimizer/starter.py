import numpy as np


class Adam:
    """The Adam optimiser over a dict of named NumPy parameters."""

    def __init__(
        self, lr: float = 0.001, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ) -> None:
        # TODO: keep the hyperparameters and, per name, m, v and a step count.
        raise NotImplementedError("Adam is not written yet")

    def step(self, params: dict[str, np.ndarray], grads: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        """One Adam update of every named parameter; returns new arrays."""
        raise NotImplementedError

    def set_lr(self, lr: float) -> None:
        raise NotImplementedError

    def steps(self, name: str) -> int:
        raise NotImplementedError
