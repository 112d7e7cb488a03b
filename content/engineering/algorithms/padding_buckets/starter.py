def padding_buckets(lengths: list[int], k: int) -> tuple[int, list[int]]:
    """The least total padding with at most k length buckets, and bounds achieving it.

    A sequence goes to the smallest bound >= its length and is padded up to it.
    """
    if not lengths:
        return 0, []
    # TODO: a dynamic programme over the distinct lengths (sorted, with their counts).
    longest = max(lengths)
    return sum(longest - n for n in lengths), [longest]  # one bucket: not the minimum
