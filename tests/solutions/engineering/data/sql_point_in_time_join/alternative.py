import sqlite3

# A correlated subquery per label instead of a window function: the first candidate
# in (ts DESC, write_id DESC) order, NULL when there is none.
QUERY = """
SELECT l.label_id, l.user_id, l.ts,
       (SELECT f.value
        FROM features AS f
        WHERE f.user_id = l.user_id
          AND f.ts BETWEEN l.ts - :max_age AND l.ts - 1
        ORDER BY f.ts DESC, f.write_id DESC
        LIMIT 1) AS value,
       l.label
FROM labels AS l
ORDER BY l.label_id
"""


def training_rows(labels, features, max_age):
    db = sqlite3.connect(":memory:")
    db.execute(
        "CREATE TABLE labels (label_id INTEGER PRIMARY KEY, user_id TEXT, ts INTEGER, "
        "label INTEGER)"
    )
    db.execute(
        "CREATE TABLE features (write_id INTEGER PRIMARY KEY, user_id TEXT, ts INTEGER, value REAL)"
    )
    db.execute("CREATE INDEX features_by_user ON features (user_id, ts)")
    db.executemany("INSERT INTO labels VALUES (?, ?, ?, ?)", labels)
    db.executemany("INSERT INTO features VALUES (?, ?, ?, ?)", features)
    try:
        return db.execute(QUERY, {"max_age": max_age}).fetchall()
    finally:
        db.close()
