# expect: average='micro'
# scikit-learn's micro-averaged F1, which for two classes equals the accuracy. Before the
# fix it was told it had computed the accuracy, without the link to average='micro'.
import numpy as np
from sklearn.metrics import f1_score

y_true = np.r_[np.ones(126 + 74), np.zeros(294 + 19_506)]
y_pred = np.r_[np.ones(126), np.zeros(74), np.ones(294), np.zeros(19_506)]
ANSWER = f1_score(y_true, y_pred, average="micro")
