import numpy as np


def logistic_loss_grad(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, l2: float = 0.0
) -> tuple[float, np.ndarray, float]:
    """Mean logistic loss with an L2 penalty (l2 / 2) * ||w||^2 on w only, and its gradient.

    Returns (loss, grad_w, grad_b); finite for any logits, however large.
    """
    # TODO: z = X @ w + b; loss from np.logaddexp(0, z) - y * z; p = sigmoid(z) computed
    # without overflow; then the gradients.
    raise NotImplementedError("logistic_loss_grad is not written yet")
