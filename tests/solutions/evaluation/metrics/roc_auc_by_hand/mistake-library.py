# expect: to be written without sklearn
# Breaks the stated rule "write it with NumPy: no scikit-learn".
import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve


def roc_curve_auc(y_true, scores):
    fpr, tpr, _ = roc_curve(np.asarray(y_true), np.asarray(scores), drop_intermediate=False)
    return fpr.astype(np.float64), tpr.astype(np.float64), float(roc_auc_score(y_true, scores))
