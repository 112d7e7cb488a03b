def top_words(text: str, k: int) -> list[tuple[str, int]]:
    """Return the k most frequent words of text as (word, count) tuples.

    Words are maximal runs of the letters a-z in the lower-cased text. Order by
    count (highest first), then alphabetically; return at most k items.
    """
    # TODO: lower-case and split the text into words, count them, then order
    # the (word, count) pairs by count and word and keep the first k.
    raise NotImplementedError("top_words is not written yet")
