import numpy as np


def word_error_rate(reference, hypothesis):
    # One NumPy row at a time: deletions and substitutions come from the row above in
    # one vector step; the insertions along the row are a running minimum.
    ref, hyp = reference.split(), hypothesis.split()
    if len(ref) == 0:
        return float("inf") if hyp else 0.0
    hyp_words = np.array(hyp, dtype=object)
    steps = np.arange(len(hyp) + 1)
    row = steps.copy()
    for i, word in enumerate(ref, start=1):
        best = np.empty_like(row)
        best[0] = i
        best[1:] = np.minimum(row[1:] + 1, row[:-1] + (hyp_words != word))
        row = np.minimum.accumulate(best - steps) + steps
    return float(row[-1]) / len(ref)
