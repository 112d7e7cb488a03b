# expect: strides in elements: multiply by itemsize
def strides(shape, itemsize, order):
    axes = shape[::-1] if order == "C" else shape
    out, step = [], 1  # counts elements, not bytes
    for length in axes:
        out.append(step)
        step *= length
    return tuple(out[::-1] if order == "C" else out)
