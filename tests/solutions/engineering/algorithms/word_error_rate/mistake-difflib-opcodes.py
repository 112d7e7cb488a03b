# expect: diff of matching blocks
# Counts edits from difflib.SequenceMatcher's opcodes (not a minimal alignment in general).
import difflib


def word_error_rate(reference, hypothesis):
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else float("inf")
    edits = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, ref, hyp, autojunk=False
    ).get_opcodes():
        if tag != "equal":
            edits += max(i2 - i1, j2 - j1)
    return edits / len(ref)
