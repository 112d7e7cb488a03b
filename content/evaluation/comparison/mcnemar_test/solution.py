r"""Both models were scored on the same rows, so the comparison is paired: a row
both get right or both get wrong says nothing about which is better, and only the
discordant rows count. Under "equally good", each discordant row is a fair coin
(A wins it or B wins it), so $b \sim \text{Binomial}(b + c, 1/2)$ and the exact
two-sided p-value is twice the smaller tail, capped at 1 (when $b = c$ the two
tails overlap in the middle term and the doubled sum exceeds 1). `math.comb`
works on Python integers, so the tail stays exact for thousands of
disagreements, where `2.0 ** n` in floating point would overflow to `inf`.

Common wrong approaches: an unpaired test of the two accuracies (a two-proportion
z-test), which ignores that the rows are shared and is far too conservative when
the models agree on most rows; the chi-square version
$(|b - c| - 1)^2 / (b + c)$, an approximation that is poor when $b + c$ is small;
a one-sided p-value; and counting the rows both models get wrong as
disagreements.
"""

import math

import numpy as np


def mcnemar_test(y_true, pred_a, pred_b) -> tuple[int, int, float]:
    y = np.asarray(y_true)
    right_a = np.asarray(pred_a) == y
    right_b = np.asarray(pred_b) == y
    b = int(np.sum(right_a & ~right_b))
    c = int(np.sum(~right_a & right_b))
    n = b + c
    tail = sum(math.comb(n, i) for i in range(min(b, c) + 1))
    return b, c, min(1.0, 2 * tail / 2**n)
