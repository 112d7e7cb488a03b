def strides(shape: tuple[int, ...], itemsize: int, order: str) -> tuple[int, ...]:
    """Byte strides of a contiguous array of this shape and element size.

    order "C": the last axis is contiguous; order "F": the first axis is.
    """
    # TODO: walk the axes from the contiguous one outwards, multiplying as you go.
    raise NotImplementedError("strides is not written yet")
