# The table rebuilt as label arrays and scored with scikit-learn; f1_score returns a
# NumPy float.
import numpy as np
from sklearn.metrics import f1_score

y_true = np.r_[np.ones(126 + 74), np.zeros(294 + 19_506)]
y_pred = np.r_[np.ones(126), np.zeros(74), np.ones(294), np.zeros(19_506)]
ANSWER = f1_score(y_true, y_pred, pos_label=1)
