# expect: differ only in case .*a key such as str.lower makes them tie
# Sorts with key=str.lower: labels that differ only in case tie and keep their
# order of first appearance instead of Python's order ('CAT' < 'Cat' < 'cat').
def encode_labels(labels):
    classes = sorted(dict.fromkeys(labels), key=lambda x: x.lower() if isinstance(x, str) else x)
    index = {label: i for i, label in enumerate(classes)}
    return classes, [index[label] for label in labels]
