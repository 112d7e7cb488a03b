# expect: sorted by their lower-case form
def encode_labels(labels):
    classes = sorted(set(labels), key=lambda x: x.lower() if isinstance(x, str) else x)
    index = {label: i for i, label in enumerate(classes)}
    return classes, [index[label] for label in labels]
