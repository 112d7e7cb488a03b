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


def diagnose(data, predictions):
    """Name the two usual failures from the predictions and the test rows (never a label):
    one straight boundary (a linear model), and predictions that ignore the narrow signal
    column (a network fed the raw columns cannot see it next to columns in the tens).

    Measured on seeds 0 to 7: a linear classifier on the test rows reproduces 99.5% or
    more of a logistic regression's predictions, and 78% to 95% of anyone else's. A 15-NN
    reading the wide and the narrow column (the one centred far from 0, the one with the
    smallest spread) predicts the predictions 0.1 to 0.5 better, in 5-fold
    cross-validation, than one reading the wide column alone, for a logistic regression,
    the reference, a random forest and the label-free median rule; for a network on the
    raw columns at most 0.016 better."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_score
    from sklearn.neighbors import KNeighborsClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    _, _, X_test = data.args
    predictions = np.asarray(predictions)
    if len(np.unique(predictions)) == 1:
        return (
            "every row gets the same class: the model learned nothing, or its outputs "
            "are cut at the wrong place (a probability is cut at 0.5, a logit at 0). "
            "Fit a real model on the training rows, check that its predictions "
            "on them take both classes, and give X_test the same preprocessing as "
            "X_train (a scaler fitted on the training rows must transform X_test too)"
        )
    linear = make_pipeline(StandardScaler(), LogisticRegression(C=100.0, max_iter=1000))
    agree = float(linear.fit(X_test, predictions).score(X_test, predictions))
    if agree >= 0.97:
        return (
            f"{agree:.0%} of your predictions fall on the two sides of one straight "
            "boundary, as a linear model's do: no line separates an XOR. A hidden layer "
            "(MLPClassifier on standardised columns) bends the boundary; trees work too. "
            "If your model has one already, give X_test the same preprocessing as "
            "X_train: a network trained on standardised columns and given raw X_test "
            "sees values far outside its training range and draws a straight cut too"
        )
    if np.min(np.bincount(predictions.astype(np.int64))) < 10:
        return None
    narrow = int(np.argmin(X_test.std(axis=0)))
    wide = int(np.argmax(np.abs(np.median(X_test, axis=0))))
    knn = make_pipeline(StandardScaler(), KNeighborsClassifier(15))
    gain = (
        cross_val_score(knn, X_test[:, [wide, narrow]], predictions, cv=5).mean()
        - cross_val_score(knn, X_test[:, [wide]], predictions, cv=5).mean()
    )
    if gain < 0.05:
        return (
            "your predictions hardly depend on the column with the smallest spread (about "
            "±0.05), which is half of the signal. A network fed the raw columns misses it "
            "next to columns in the tens: standardise the columns first (StandardScaler "
            "in a pipeline fitted on the training rows)"
        )
    return None
