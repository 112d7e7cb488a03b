from math import prod


def strides(shape, itemsize, order):
    # Each axis jumps over one element times the lengths of the axes inside it.
    if order == "C":
        return tuple(itemsize * prod(shape[k + 1:]) for k in range(len(shape)))
    return tuple(itemsize * prod(shape[:k]) for k in range(len(shape)))
