# expect: NULL values were skipped
import sqlite3
from contextlib import closing

QUERY = """
SELECT l.label_id, l.user_id, l.ts,
       (SELECT f.value FROM features AS f
        WHERE f.user_id = l.user_id AND f.ts < l.ts AND f.ts >= l.ts - :max_age
          AND f.value IS NOT NULL
        ORDER BY f.ts DESC, f.write_id DESC LIMIT 1) AS value,
       l.label
FROM labels AS l
ORDER BY l.label_id
"""


def training_rows(labels, features, max_age):
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute(
            "CREATE TABLE labels (label_id INTEGER, user_id TEXT, ts INTEGER, label INTEGER)"
        )
        db.execute("CREATE TABLE features (write_id INTEGER, user_id TEXT, ts INTEGER, value REAL)")
        db.executemany("INSERT INTO labels VALUES (?, ?, ?, ?)", labels)
        db.executemany("INSERT INTO features VALUES (?, ?, ?, ?)", features)
        return db.execute(QUERY, {"max_age": max_age}).fetchall()
