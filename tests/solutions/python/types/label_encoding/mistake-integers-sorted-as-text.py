# expect: sorted by their text
def encode_labels(labels):
    classes = sorted(set(labels), key=str)
    index = {label: i for i, label in enumerate(classes)}
    return classes, [index[label] for label in labels]
