import math

import numpy as np
from sklearn.datasets import load_diabetes

from mldojo.grading.casekit import Case


def _numbers():
    X, _ = load_diabetes(return_X_y=True, scaled=False)
    n = X.shape[0]
    centred = X - X.mean(axis=0)
    Z = centred / X.std(axis=0)
    Z1 = centred / X.std(axis=0, ddof=1)
    ev = np.linalg.eigvalsh(2.0 / n * Z.T @ Z)
    lam_max, lam_min = ev[-1], ev[0]
    s_max = np.linalg.svd(Z, compute_uv=False)[0]
    raw = np.linalg.eigvalsh(2.0 / n * centred.T @ centred)[-1]
    Xs = load_diabetes().data
    packaged = np.linalg.eigvalsh(2.0 / n * Xs.T @ Xs)[-1]
    ddof1 = np.linalg.eigvalsh(2.0 / n * Z1.T @ Z1)[-1]
    hessian = 2.0 / n * Z.T @ Z
    frobenius = np.linalg.norm(hessian)
    trace = np.trace(hessian)
    return lam_max, [
        (
            1.0 / lam_max,
            "that is 1 / lambda_max, a safe learning rate but not the threshold: "
            "along the steepest eigenvector the factor is 1 - eta * lambda, which stays inside "
            "(-1, 1) up to twice that",
        ),
        (
            2.0 / (lam_max / 2.0),
            "the Hessian of (1/n) ||Z w - y||^2 is (2/n) Z^T Z: the square brings a factor 2",
        ),
        (
            2.0 / (lam_max + lam_min),
            "that is 2 / (lambda_max + lambda_min), the learning rate "
            "that converges fastest; the question asks for the threshold beyond which gradient "
            "descent diverges, which only the largest eigenvalue sets",
        ),
        (
            2.0 / (lam_max * n / (n - 1)),
            "that uses the covariance matrix with n - 1 (np.cov's "
            "default) in place of the mean over the n rows; the loss averages over n, so the "
            "Hessian is (2/n) Z^T Z",
        ),
        (
            2.0 / lam_min,
            "that uses the smallest eigenvalue; stability needs |1 - eta * lambda| "
            "< 1 for every eigenvalue, and the largest is the binding one (eigvalsh sorts them "
            "in ascending order)",
        ),
        (
            1.0 / lam_min,
            "that uses the smallest eigenvalue (eigvalsh sorts them in ascending "
            "order); the largest one limits the learning rate",
        ),
        (
            2.0 / s_max,
            "that uses the largest singular value of Z; the eigenvalues of Z^T Z are "
            "the squared singular values, and the Hessian is (2/n) Z^T Z",
        ),
        (2.0 / (lam_max * n), "the Hessian of the mean squared error has a 1/n: (2/n) Z^T Z"),
        (
            2.0 / raw,
            "the features are not standardised: divide each centred column by its "
            "standard deviation",
        ),
        (
            2.0 / packaged,
            "that uses load_diabetes() with its default scaling (each column has "
            "norm 1); the task standardises the raw features, load_diabetes(scaled=False), to "
            "standard deviation 1",
        ),
        (
            2.0 / ddof1,
            "that standardises with the sample standard deviation (ddof=1); the task "
            "uses the population one, np.std's default ddof=0",
        ),
        (
            2.0 / (lam_max * n / 2.0),
            "that takes Z^T Z for the Hessian; the loss is a mean of "
            "squares, (1/n) ||Z w - y||^2, so its Hessian is (2/n) Z^T Z",
        ),
        (
            2.0 / frobenius,
            "that uses the Frobenius norm of the Hessian (np.linalg.norm's "
            "default for a matrix), which is larger than its largest eigenvalue; use the "
            "eigenvalues (np.linalg.eigvalsh), or the spectral norm, np.linalg.norm(H, 2)",
        ),
        (
            2.0 / trace,
            "that uses the trace of the Hessian, the sum of all its eigenvalues, "
            "which is larger than the largest one; the threshold is 2 / lambda_max",
        ),
        (
            lam_max / 2.0,
            "that is lambda_max / 2, upside down: |1 - eta * lambda_max| < 1 gives "
            "eta < 2 / lambda_max",
        ),
        (
            1.0,
            "that is the threshold for uncorrelated standardised features, where the Hessian "
            "(2/n) Z^T Z would be 2I; standardising sets each feature's variance to 1 but leaves "
            "the diabetes features correlated, so compute the eigenvalues of (2/n) Z^T Z",
        ),
    ]


def cases(rng):
    return [Case("ANSWER = the largest stable learning rate", rtol=1e-4, atol=0.0)]


def compare(case, expected, got):
    if got is None:
        return "ANSWER is still None: set it to the largest stable learning rate, a float"
    try:
        if isinstance(got, complex) and abs(got.imag) <= 1e-12 * max(abs(got.real), 1e-300):
            # scipy.linalg.eigvals and np.linalg.eig may return the real eigenvalues of a
            # symmetric matrix as complex numbers with a zero imaginary part: a real answer.
            got = got.real
        if isinstance(got, bool | str | bytes | complex):
            raise TypeError
        value = float(got)
    except (TypeError, ValueError):
        shape = getattr(got, "shape", None)
        if shape is not None and getattr(got, "size", 0) == 1:
            return (
                f"ANSWER is an array of shape {tuple(shape)}, not a number (eigsh and eigvals "
                "return arrays): take its one value out, with float(...) or .item()"
            )
        return (
            f"ANSWER must be a number, not a {type(got).__name__}; compute it in code "
            "and leave it as a float"
        )
    if math.isnan(value):
        return "ANSWER is NaN: check the eigenvalue computation"
    if math.isclose(value, expected, rel_tol=case.rtol, abs_tol=case.atol):
        return None
    _, mistakes = _numbers()
    # The closest usual mistake: some lie within 0.02% of each other (n - 1 for n, and
    # 2 / (lambda_max + lambda_min)).
    near = [
        (abs(value - wrong), advice)
        for wrong, advice in mistakes
        if math.isclose(value, wrong, rel_tol=5e-4)
    ]
    if near:
        gap, advice = min(near)
        if gap > 1e-5 * abs(value):  # near a mistake, but not its value: perhaps rounded
            advice += (
                " (or, if you rounded the threshold or lambda_max by hand, keep more "
                "digits: answers must lie within a relative 1e-4)"
            )
        return f"ANSWER = {value:.6g} is not the threshold: {advice}"
    if value <= 0:
        return f"ANSWER = {value:.6g}: a learning rate must be positive"
    if math.isclose(value, expected, rel_tol=1e-2):
        return (
            f"ANSWER = {value:.6g} is close but outside the relative tolerance of 1e-4: "
            "do not round lambda_max or the threshold; compute 2 / lambda_max in code "
            "and leave it as a float"
        )
    return (
        f"ANSWER = {value:.6g} is not the threshold: find the Hessian of L (a constant "
        "matrix), its largest eigenvalue lambda_max, and the eta where |1 - eta * "
        "lambda_max| reaches 1"
    )
