r"""The first derivative is $\ell'(w) = x\,\sigma(wx) - y x = x\,(p - y)$ (the
"prediction minus label, times input" of every logistic gradient), because
$\frac{d}{dw}\log(1 + e^{wx}) = \frac{x e^{wx}}{1 + e^{wx}} = x\,\sigma(wx)$. The label
term is linear in $w$, so it vanishes in the second derivative:
$\ell''(w) = x^2 \sigma'(wx) = x^2\,\sigma(wx)\,(1 - \sigma(wx)) = \frac{x^2 e^{wx}}{(1 + e^{wx})^2}$.

A square times a product of two probabilities is never negative, so each
example's loss is convex in $w$, and a sum of convex functions is convex: the
whole training loss is. In $d$ dimensions the same computation gives the Hessian
$\sum_i p_i(1 - p_i)\,x_i x_i^\top$, positive semidefinite for the same reason. The
usual slips are forgetting the inner factor $x$ twice (answering
$\sigma(1 - \sigma)$ without $x^2$) and keeping a $y$ term, which a linear term
cannot produce.
"""

ANSWER = "x**2*exp(w*x)/(1 + exp(w*x))**2"
