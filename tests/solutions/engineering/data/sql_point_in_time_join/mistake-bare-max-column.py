# expect: where rows share the latest ts, another of them was taken
"""GROUP BY label with a bare value column next to MAX(ts): SQLite picks whichever tied row it meets."""

import sqlite3
from contextlib import closing

QUERY = """
SELECT l.label_id, l.user_id, l.ts, f.value, MAX(f.ts) AS latest, l.label
FROM labels AS l
LEFT JOIN features AS f
  ON f.user_id = l.user_id AND f.ts < l.ts AND f.ts >= l.ts - :max_age
GROUP BY l.label_id
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
        return [(a, u, t, v, y) for a, u, t, v, _, y in db.execute(QUERY, {"max_age": max_age})]
