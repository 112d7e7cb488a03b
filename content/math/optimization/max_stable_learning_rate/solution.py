r"""$\nabla L(w) = \frac{2}{n} Z^\top (Z w - y_c)$, so the Hessian is the constant matrix
$H = \frac{2}{n} Z^\top Z$ (here twice the features' correlation matrix). Writing the
error $e_t = w_t - w^*$ in the eigenbasis of $H$, each component evolves as
$(1 - \eta \lambda_i)^t$; all of them shrink only if $|1 - \eta\lambda_i| < 1$ for
every $i$, i.e. $\eta < 2 / \lambda_{\max}$. The correlated diabetes features give
$\lambda_{\max} \approx 8.05$ and $\eta^* \approx 0.2485$; with uncorrelated
standardised features $H$ would be $2I$ and $\eta^* = 1$.

`np.linalg.eigvalsh` is the right tool for a symmetric matrix; it returns the
eigenvalues in **ascending** order, so the largest is the last one. The common
slips are using the smallest eigenvalue (that bounds how *slowly* the flattest
direction converges, not stability), forgetting the factor 2 of the squared
error's Hessian, using $1/\lambda_{\max}$ (a safe, popular choice, but not the
threshold), and using the singular values of $Z$ without squaring them.
"""

import numpy as np
from sklearn.datasets import load_diabetes

X, y = load_diabetes(return_X_y=True, scaled=False)
n = X.shape[0]

Z = (X - X.mean(axis=0)) / X.std(axis=0)
hessian = 2.0 / n * Z.T @ Z
ANSWER = 2.0 / np.linalg.eigvalsh(hessian)[-1]
