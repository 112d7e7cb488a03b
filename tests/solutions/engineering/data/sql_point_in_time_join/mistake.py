# expect: same second as the label was used.*strictly
import sqlite3

QUERY = """
WITH candidates AS (
    SELECT l.label_id, f.value,
           ROW_NUMBER() OVER (PARTITION BY l.label_id
                              ORDER BY f.ts DESC, f.write_id DESC) AS rank
    FROM labels AS l
    JOIN features AS f
      ON f.user_id = l.user_id AND f.ts <= l.ts AND f.ts >= l.ts - :max_age
)
SELECT l.label_id, l.user_id, l.ts, c.value, l.label
FROM labels AS l
LEFT JOIN candidates AS c ON c.label_id = l.label_id AND c.rank = 1
ORDER BY l.label_id
"""


def training_rows(labels, features, max_age):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE labels (label_id INTEGER, user_id TEXT, ts INTEGER, label INTEGER)")
    db.execute("CREATE TABLE features (write_id INTEGER, user_id TEXT, ts INTEGER, value REAL)")
    db.executemany("INSERT INTO labels VALUES (?, ?, ?, ?)", labels)
    db.executemany("INSERT INTO features VALUES (?, ?, ?, ?)", features)
    return db.execute(QUERY, {"max_age": max_age}).fetchall()
