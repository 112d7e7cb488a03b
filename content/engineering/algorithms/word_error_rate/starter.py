def word_error_rate(reference: str, hypothesis: str) -> float:
    """(substitutions + deletions + insertions) / number of reference words,
    for a minimal alignment of the words of hypothesis to those of reference.

    No reference words: 0.0 if the hypothesis has none either, else float("inf").
    """
    # TODO: split both into words, fill the edit-distance table, divide.
    raise NotImplementedError("word_error_rate is not written yet")
