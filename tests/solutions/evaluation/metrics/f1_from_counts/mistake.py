# expect: arithmetic mean.*harmonic mean
tp, fn, fp = 126, 74, 294

precision = tp / (tp + fp)
recall = tp / (tp + fn)
ANSWER = (precision + recall) / 2
