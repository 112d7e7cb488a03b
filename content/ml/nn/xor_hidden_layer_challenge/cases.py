"""XOR-shaped data: the label is 1 when two features have the same sign (around their
centres), with 3% of labels flipped, plus four pure-noise features; the columns come
in very different units, and the two signal columns' places and centres are drawn from
the seed. 1,500 rows, about 40% of them scored, drawn from the seed.

Measured on seeds 0 to 29 (bar 0.8, the lower end of the 95% interval of accuracy):
the reference (standardised, one hidden layer of 32 ReLU units) has a lower end of
0.887 to 0.938; two standardised ReLU layers 0.840 to 0.900; a standardised 15-NN
0.811 to 0.875; a random forest 0.915 to 0.953. A standardised logistic regression,
and a hand-written rule for the old fixed layout ((x0 - 100) * x1 > 0) have a lower end
of 0.39 to 0.51; the same network on the raw columns 0.43 to 0.48 (seeds 0 to 7).
"""

import numpy as np

from mldojo.grading.casekit import Challenge


def challenge(rng):
    n = 1500
    u = rng.uniform(-1, 1, size=(n, 2))
    y = (u[:, 0] * u[:, 1] > 0).astype(np.int64)
    flip = rng.random(n) < 0.03
    y[flip] = 1 - y[flip]
    noise = rng.normal(size=(n, 4))
    # The centres and the places of the two signal columns change with the seed: with
    # them fixed and stated, a hand-written rule, (x0 - 100) * x1 > 0, scored 0.96
    # without looking at a single training label.
    wide, narrow = u[:, 0] * 40 + rng.uniform(50, 150), u[:, 1] * 0.05 + rng.uniform(-0.1, 0.1)
    columns = [wide, narrow, noise[:, 0] * 10, noise[:, 1] * 10, noise[:, 2], noise[:, 3]]
    X = np.column_stack([columns[i] for i in rng.permutation(len(columns))])
    test = rng.random(n) < 0.4
    return Challenge(args=(X[~test], y[~test], X[test]), labels=y[test])
