"""Cases run on the CUDA device, where autocast and the scaler are on, and once on the
CPU, where both are off (plain float32 training).

The data are drawn so that the first steps overflow in float16 at the initial scale:
the largest gradient element at w = 0 is set between 4.6 and 7.4, so 2**16, 2**15 and
2**14 times it overflow float16 (65,504) and 2**13 times it does not, with a margin.
The messages are worked out in the host from the results alone (no torch here).
"""

import numpy as np

from mldojo.grading.casekit import Case, same

INIT_SCALE = 2.0**16  # the loss scale the statement asks for
RTOL, ATOL = 2e-3, 1e-5


def _data(rng, n, d):
    X = rng.normal(size=(n, d)).astype(np.float32)
    w_true = rng.normal(size=d)
    y = X.astype(np.float64) @ w_true + 0.1 * rng.normal(size=n)
    g0 = 2.0 * X.T.astype(np.float64) @ y / n  # minus the gradient of the MSE at w = 0
    y *= rng.uniform(4.6, 7.4) / np.abs(g0).max()
    return X, y.astype(np.float32)


def _case(name, rng, n, d, steps, device, hidden=False):
    X, y = _data(rng, n, d)
    lr, max_norm = round(float(rng.uniform(0.05, 0.15)), 3), round(float(rng.uniform(3, 6)), 2)
    return Case(name, (X, y, int(steps), lr, max_norm, device), rtol=RTOL, atol=ATOL,
                hidden=hidden)


def cases(rng):
    out = [_case(f"random regression #{i + 1}", rng, int(rng.integers(256, 2048)),
                 int(rng.integers(4, 16)), int(rng.integers(15, 30)), "cuda") for i in range(2)]
    out.append(_case("the first steps overflow and are skipped", rng, 1024, 8, 6, "cuda"))
    out.append(_case("an explicit device, cuda:0", rng, 512, 6, 12, "cuda:0"))
    out.append(_case("zero steps", rng, 64, 3, 0, "cuda"))
    out.append(_case("the same code on the CPU (no autocast, no scaling)", rng, 300, 5, 10,
                     "cpu"))
    out.append(_case("random regression (hidden)", rng, 800, 10, 20, "cuda", hidden=True))
    return out


def compare(case, expected, got):
    _, _, steps, _, _, device = case.args
    if not (isinstance(got, tuple) and len(got) == 3):
        return "return a tuple (losses, weight, scale)"
    losses, weight, scale = got
    want_losses, want_weight, want_scale = expected
    if not isinstance(losses, list) or len(losses) != steps:
        return f"losses should be a list with one float per step ({steps})"
    if not isinstance(weight, np.ndarray) or weight.shape != want_weight.shape:
        return f"weight should be an array of shape {want_weight.shape}: w.detach().cpu()"
    if weight.dtype != np.float32:
        return ("weight should stay float32: the master weights of mixed-precision training "
                "are float32 (autocast casts a float16 copy for each product)")
    if not isinstance(scale, float):
        return "scale should be a Python float: scaler.get_scale()"
    problem = (same(want_losses, losses, rtol=RTOL, atol=ATOL)
               or same(want_weight, weight, rtol=RTOL, atol=ATOL)
               or same(want_scale, scale, rtol=0, atol=0))
    if problem is None:
        return None
    if case.hidden:
        problem = "the results do not match"
    cuda = not device.startswith("cpu")
    if not cuda:
        if scale != 1.0:
            return (f"{problem}; on the CPU the scaler must be disabled "
                    "(enabled=False), so get_scale() is 1.0")
        return (f"{problem}; on the CPU this is plain float32 training: autocast and the "
                "scaler are off, the rest of the step is the same")
    if steps and losses and want_losses[0] and abs(losses[0] / want_losses[0] - INIT_SCALE) < 1:
        return f"{problem}; record loss.item(), the unscaled loss, not the scaled one"
    if scale == 1.0:
        return (f"{problem}; on CUDA the loss must be scaled: a GradScaler with "
                "init_scale=2**16 and growth_interval=4, enabled on CUDA")
    moved, want_moved = float(np.abs(weight).max()), float(np.abs(want_weight).max())
    if want_moved and moved < 1e-3 * want_moved:
        return (f"{problem}; the weights barely move: the gradients were clipped while still "
                "scaled. Call scaler.unscale_(optimizer) before clip_grad_norm_")
    if scale == want_scale:
        return (f"{problem}; the scale is right but the steps are not: clear the gradients "
                "every step, clip the unscaled gradients to max_norm, and step through "
                "scaler.step(optimizer)")
    return (f"{problem}; the scale after training differs: use one scaler for the whole "
            "run, so that steps whose scaled gradients overflow are skipped and the scale "
            "falls after them and grows after 4 clean steps")
