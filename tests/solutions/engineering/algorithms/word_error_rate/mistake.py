# expect: compared position by position
def word_error_rate(reference, hypothesis):
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else float("inf")
    errors = sum(r != h for r, h in zip(ref, hyp)) + abs(len(ref) - len(hyp))
    return errors / len(ref)
