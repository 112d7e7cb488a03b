from bisect import bisect_left


def encode_labels(labels):
    # Distinct labels via dict keys, then a binary search in the sorted classes.
    classes = sorted(dict.fromkeys(labels))
    codes = [bisect_left(classes, label) for label in labels]
    return (classes, codes)
