import sqlite3


def training_rows(
    labels: list[tuple[int, str, int, int]],
    features: list[tuple[int, str, int, float | None]],
    max_age: int,
) -> list[tuple[int, str, int, float | None, int]]:
    """(label_id, user_id, ts, value, label) per label, ordered by label_id.

    value comes from the same user's feature row with label_ts - max_age <= ts < label_ts,
    latest ts first, then largest write_id; None if there is no such row.
    """
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE labels (label_id INTEGER, user_id TEXT, ts INTEGER, label INTEGER)")
    db.execute("CREATE TABLE features (write_id INTEGER, user_id TEXT, ts INTEGER, value REAL)")
    # TODO: insert the rows, then one query: join each label to its candidate rows,
    # rank them, keep the best, and keep labels with no candidate too.
    raise NotImplementedError("training_rows is not written yet")
