r"""Converting both inputs with `np.asarray(..., dtype=bool)` makes lists, integer
arrays and bool arrays behave alike, so the three counts are plain boolean
masks: `t & p`, `~t & p`, `t & ~p`. Each ratio then guards its own denominator,
which is the scikit-learn `zero_division=0` convention, and $F_1$ is computed from
the counts as $2TP / (2TP + FP + FN)$, which needs no harmonic-mean special case.

Common wrong approaches: comparing a Python list with `== 1` (that compares the
whole list with 1 and gives a single `False`, not a mask); letting NumPy divide
0 by 0, which returns `nan` with a warning instead of 0.0; and swapping the
denominators, i.e. dividing by the actual positives for precision. Precision asks
"of what I flagged, how much was right?" (predicted positives), recall asks "of
what was there, how much did I find?" (actual positives).
"""

import numpy as np


def precision_recall_f1(y_true, y_pred) -> tuple[float, float, float]:
    t = np.asarray(y_true, dtype=bool)
    p = np.asarray(y_pred, dtype=bool)
    tp = int(np.sum(t & p))
    fp = int(np.sum(~t & p))
    fn = int(np.sum(t & ~p))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return float(precision), float(recall), float(f1)
