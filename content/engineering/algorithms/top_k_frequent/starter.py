def top_k_frequent(items: list, k: int) -> list:
    """Return the k most frequent distinct items.

    Order: count descending, then value ascending. Fewer than k distinct items:
    return them all. k == 0 or no items: [].
    """
    # TODO: count each item, then select the k best (count, value) pairs
    # without sorting more than you need.
    raise NotImplementedError("top_k_frequent is not written yet")
