# expect: too few edits: the table's first row starts at zeros
# The first row of the table is all zeros instead of 0, 1, ..., M: the hypothesis words
# before the first aligned word are inserted for free.
def word_error_rate(reference, hypothesis):
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else float("inf")
    prev = [0] * (len(hyp) + 1)
    for i, r in enumerate(ref, 1):
        cur = [i]
        for j, h in enumerate(hyp, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h)))
        prev = cur
    return prev[-1] / len(ref)
