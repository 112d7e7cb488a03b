# expect: greedy left-to-right pass with a short look-ahead
# Greedy alignment with one word of look-ahead (a common "fast" shortcut).
def word_error_rate(reference, hypothesis):
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else float("inf")
    i = j = e = 0
    while i < len(ref) and j < len(hyp):
        if ref[i] == hyp[j]:
            i += 1
            j += 1
        elif i + 1 < len(ref) and ref[i + 1] == hyp[j]:
            e += 1
            i += 1  # deletion
        elif j + 1 < len(hyp) and ref[i] == hyp[j + 1]:
            e += 1
            j += 1  # insertion
        else:
            e += 1
            i += 1
            j += 1  # substitution
    e += (len(ref) - i) + (len(hyp) - j)
    return e / len(ref)
