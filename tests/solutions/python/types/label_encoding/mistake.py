# expect: order they first appear
def encode_labels(labels):
    # Numbering classes as they are first seen: the mapping changes with row order.
    classes = list(dict.fromkeys(labels))
    index = {label: i for i, label in enumerate(classes)}
    return classes, [index[label] for label in labels]
