# expect: too few edits: each row of the table starts at 0
# Each row starts at 0 instead of i: the reference words before the first aligned word are
# deleted for free, and an empty hypothesis scores 0.
def word_error_rate(reference, hypothesis):
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else float("inf")
    prev = list(range(len(hyp) + 1))
    for _i, r in enumerate(ref, 1):
        cur = [0]
        for j, h in enumerate(hyp, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h)))
        prev = cur
    return prev[-1] / len(ref)
