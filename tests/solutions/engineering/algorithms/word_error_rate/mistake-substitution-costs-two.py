# expect: a substitution was counted as 2 edits
# Substitution cost 2 (insert + delete), i.e. an LCS-based distance.
def word_error_rate(reference, hypothesis):
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else float("inf")
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i]
        for j, h in enumerate(hyp, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (0 if r == h else 2)))
        prev = cur
    return prev[-1] / len(ref)
