# expect: a regular expression such as \\w\+ cuts
r"""Words taken with re.findall(r"\w+"), which splits "it's" and drops punctuation."""

import re


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref, hyp = re.findall(r"\w+", reference), re.findall(r"\w+", hypothesis)
    if not ref:
        return 0.0 if not hyp else float("inf")
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / len(ref)
