# expect: f1_score\(\.\.\., average=None\) gives the F1 of every class
# Both classes' F1 from average=None, left as an array. Before the fix it was told to
# "write a plain number such as 0.5, without quotes", which does not say which number.
import numpy as np
from sklearn.metrics import f1_score

y_true = np.r_[np.ones(126 + 74), np.zeros(294 + 19_506)]
y_pred = np.r_[np.ones(126), np.zeros(74), np.ones(294), np.zeros(19_506)]
ANSWER = f1_score(y_true, y_pred, average=None)
