r"""Fraud is the positive class, so the model's flags are the predicted positives:
$TP = 126$, $FP = 294$ (legitimate but flagged), $FN = 74$ (fraud that got
through); the 19,506 true negatives play no part. Precision is $126/420 = 0.30$,
recall $126/200 = 0.63$, and $F_1 = 2PR/(P + R) = 2 \cdot 126 / (2 \cdot 126 + 294 + 74)
= 252/620 \approx 0.406$. The form $2TP / (2TP + FP + FN)$ gives the same number
straight from the counts.

The common wrong answers: accuracy, $0.9816$, which looks excellent only because
99% of transactions are legitimate (a model that flags nothing scores 0.99);
the arithmetic mean of precision and recall, $0.465$, which hides how poor the
precision is, whereas the harmonic mean is pulled toward the smaller of the two;
and the F1 of the legitimate class, $0.99$, from taking the wrong class as
positive.
"""

tp = 126      # fraud, flagged
fn = 74       # fraud, not flagged
fp = 294      # legitimate, flagged
tn = 19_506   # legitimate, not flagged

precision = tp / (tp + fp)
recall = tp / (tp + fn)
ANSWER = 2 * precision * recall / (precision + recall)
