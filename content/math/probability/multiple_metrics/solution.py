r""""At least one" is the complement of "none": each null test stays quiet with
probability $1 - \alpha = 0.95$, and independence lets the 20 probabilities
multiply, so $P(\text{no false alarm}) = 0.95^{20} \approx 0.358$ and
$P(\text{at least one}) = 1 - 0.95^{20} \approx 0.642$. Nearly two tests in three
will show a "significant" metric for a model that changes nothing.

The common wrong approach adds the probabilities: $20 \times 0.05 = 1$, which
would make a false alarm certain. Adding is only right for events that cannot
happen together; here they can, so the sum counts the overlaps more than once
(it is the union bound, an upper limit). The same complement rule is behind the
Bonferroni correction: testing each metric at $\alpha / 20$ keeps the chance of
any false alarm below $\alpha$.
"""

n_metrics = 20
alpha = 0.05

ANSWER = 1 - (1 - alpha) ** n_metrics
