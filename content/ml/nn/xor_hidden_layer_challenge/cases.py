"""XOR-shaped data: the label depends on which side of a cut each of two features falls
(the same side of both, or opposite sides), with 3% of labels flipped, plus four
pure-noise features; the columns come in very different units, and the two signal
columns' places, centres and cuts, and which pattern is labelled 1, are drawn from the
seed. 1,500 rows, about 40% of them scored, drawn from the seed.

Measured on seeds 0 to 29 (bar 0.8, the lower end of the 95% interval of accuracy):
the reference (standardised, one hidden layer of 32 ReLU units) has a lower end of
0.879 to 0.932; two standardised ReLU layers 0.821 to 0.901; a standardised 15-NN
0.804 to 0.863; a random forest 0.936 to 0.967. A standardised logistic regression
0.554 to 0.675; the same network on the raw columns 0.472 to 0.611; the majority class
0.457 to 0.531; a rule that uses no training label (the wide and the narrow column
found from the statement's units, (wide - median) * (narrow - median) > 0) 0.164 to
0.743, where it scored 0.93 to 0.94 while the cuts sat at the centres.
"""

import numpy as np

from mldojo.grading.casekit import Challenge


def challenge(rng):
    n = 1500
    u = rng.uniform(-1, 1, size=(n, 2))
    # The cuts sit off the centres, on a side drawn from the seed, and which pattern is
    # labelled 1 is drawn too: with the cuts at the centres and "same side" always 1, a
    # rule read off the statement, (wide - its median) * (narrow - its median) > 0,
    # scored 0.95 without looking at a single training label.
    cut = rng.choice([-1.0, 1.0], size=2) * rng.uniform(0.2, 0.4, size=2)
    y = ((u[:, 0] > cut[0]) == (u[:, 1] > cut[1])).astype(np.int64)
    if rng.random() < 0.5:
        y = 1 - y
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
