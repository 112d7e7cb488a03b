r"""Writing the loss in terms of the logit, $\ln(1 + e^z) - yz$, removes every `log(0)`:
`np.logaddexp(0, z)` computes $\ln(e^0 + e^z)$ by factoring out the larger exponent, so
it returns about `z` for a huge logit and about 0 for a very negative one, never `inf`.
`scipy.special.expit` is the sigmoid evaluated the same careful way. The gradient then
has the famous short form: prediction minus target, averaged, plus the penalty's
$\lambda w$. The bias is left out of the penalty because shrinking it only pulls
every prediction toward 50% and fights the class balance.

Common wrong approaches: computing `p` first and then `-(y*log(p) + (1-y)*log(1-p))`,
which gives `nan` (`0 * -inf`) or `inf` once `p` rounds to exactly 0 or 1, around
$|z| > 37$; clipping `p` to `[1e-15, 1 - 1e-15]`, which stays finite but caps the loss
at about 34.5 per row and flattens its gradient; summing instead of averaging; and
penalising the bias or forgetting the 1/2 in front of $\lambda$ (the gradient then has
$2\lambda w$).
"""

import numpy as np
from scipy.special import expit


def logistic_loss_grad(
    w: np.ndarray, b: float, X: np.ndarray, y: np.ndarray, l2: float = 0.0
) -> tuple[float, np.ndarray, float]:
    z = X @ w + b
    loss = np.mean(np.logaddexp(0.0, z) - y * z) + 0.5 * l2 * (w @ w)
    error = expit(z) - y
    grad_w = X.T @ error / len(X) + l2 * w
    return float(loss), grad_w, float(error.mean())
