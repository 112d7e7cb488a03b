# expect: sorted by their value as numbers
def encode_labels(labels):
    classes = sorted(
        set(labels), key=lambda x: (0, int(x)) if str(x).lstrip("-").isdigit() else (1, x)
    )
    index = {label: i for i, label in enumerate(classes)}
    return classes, [index[label] for label in labels]
