def encode_labels(labels: list) -> tuple[list, list[int]]:
    """Map each label to the index of that label among the sorted distinct labels.

    Returns (classes, codes): classes are the distinct labels sorted ascending,
    codes[i] is the position of labels[i] in classes.
    """
    # TODO: sort the distinct labels, build a label -> index dict, look up each label.
    return None
