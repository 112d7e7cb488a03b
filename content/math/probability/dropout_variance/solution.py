r"""Since $B^2 = B$ for a 0/1 variable, $\mathbb{E}[Y^2] = \frac{x^2}{p^2}\,\mathbb{E}[B] = \frac{x^2}{p}$,
and $\mathbb{E}[Y] = x$, so $\operatorname{Var}(Y) = \frac{x^2}{p} - x^2 = x^2\,\frac{1 - p}{p}$.
Equivalently, $\operatorname{Var}(cB) = c^2 p(1 - p)$ with $c = x/p$.

It is zero at $p = 1$ (no dropout) and grows without bound as $p \to 0$: with
$p = 0.5$ the noise has the same variance as the signal squared, and with
$p = 0.1$ nine times that, which is why very aggressive dropout makes the
gradients noisy. The usual mistakes are stopping at $\mathbb{E}[Y^2] = x^2/p$
(forgetting to subtract the squared mean), and using the variance of plain
dropout, $x^2 p (1 - p)$, without the $1/p^2$ that the rescaling brings.
"""

ANSWER = "x**2*(1 - p)/p"
