"""The candidates of a label are the same user's rows in the window
`[ts - max_age, ts)`; `ROW_NUMBER() OVER (PARTITION BY label_id ORDER BY ts DESC,
write_id DESC)` ranks them, and rank 1 is the as-of value. A LEFT JOIN from
`labels` keeps the labels that have no candidate, with a NULL value, so the
training set has exactly one row per label whatever the feature history.

The common wrong approaches: joining on the user alone and taking the latest
row overall, which hands the model values computed after the event (leakage);
`feature_ts <= label_ts`, which leaks the value written in the same second;
`MAX(ts)` per label joined back on `ts`, which duplicates a label whenever two
rows share that timestamp; `MAX(value)` or "latest non-NULL value", which
changes what the model sees; and an inner join, which silently drops the labels
of new users, a biased sample. The same logic is `pandas.merge_asof` with
`allow_exact_matches=False` and a `tolerance`, or the as-of join of a feature
store's offline API.
"""

import sqlite3
from contextlib import closing

QUERY = """
WITH candidates AS (
    SELECT l.label_id, f.value,
           ROW_NUMBER() OVER (PARTITION BY l.label_id
                              ORDER BY f.ts DESC, f.write_id DESC) AS rank
    FROM labels AS l
    JOIN features AS f
      ON f.user_id = l.user_id AND f.ts < l.ts AND f.ts >= l.ts - :max_age
)
SELECT l.label_id, l.user_id, l.ts, c.value, l.label
FROM labels AS l
LEFT JOIN candidates AS c ON c.label_id = l.label_id AND c.rank = 1
ORDER BY l.label_id
"""


def training_rows(
    labels: list[tuple[int, str, int, int]],
    features: list[tuple[int, str, int, float | None]],
    max_age: int,
) -> list[tuple[int, str, int, float | None, int]]:
    with closing(sqlite3.connect(":memory:")) as db:  # closed however it ends
        db.execute(
            "CREATE TABLE labels (label_id INTEGER, user_id TEXT, ts INTEGER, label INTEGER)"
        )
        db.execute("CREATE TABLE features (write_id INTEGER, user_id TEXT, ts INTEGER, value REAL)")
        db.executemany("INSERT INTO labels VALUES (?, ?, ?, ?)", labels)
        db.executemany("INSERT INTO features VALUES (?, ?, ?, ?)", features)
        return db.execute(QUERY, {"max_age": max_age}).fetchall()
