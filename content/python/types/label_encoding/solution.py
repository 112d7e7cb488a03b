"""`sorted(set(labels))` gives the distinct labels in an order that depends only
on their values; a dict comprehension over `enumerate(classes)` turns that into
a lookup table, and a list comprehension encodes every item with one O(1)
lookup. This is what scikit-learn's `LabelEncoder` does (its `classes_` is
sorted for the same reason).

The common wrong approaches: `list(set(labels))` without sorting, whose order
for strings changes from one process to the next (hash randomisation) and so
passes on one machine and fails on another; numbering labels in the order they
are first seen, which changes when the data is shuffled; and
`classes.index(label)` for each item, which is right but scans the class list
every time (quadratic on a large data set with many classes).
"""


def encode_labels(labels: list) -> tuple[list, list[int]]:
    classes = sorted(set(labels))
    index = {label: i for i, label in enumerate(classes)}
    return classes, [index[label] for label in labels]
