import numpy as np


def roc_curve_auc(y_true, scores) -> tuple[np.ndarray, np.ndarray, float]:
    """Return (fpr, tpr, auc) of the ROC curve of `scores` against binary `y_true`.

    One point per distinct score (highest first), starting at (0, 0); tied scores
    make a single point. auc is the trapezoidal area under the curve.
    """
    # TODO: sort by score (highest first), count TP and FP after each run of
    # equal scores, divide by P and N, prepend (0, 0), then integrate.
    raise NotImplementedError("roc_curve_auc is not written yet")
