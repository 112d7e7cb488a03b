"""A LEFT JOIN from the registry keeps every model, with NULLs where it had no
traffic. The subquery first collapses retries: one row per (model_id,
request_id), clicked if any copy was (`MAX(clicked)`). Then `COUNT(r.request_id)`
counts only the joined requests (`COUNT(*)` would count the NULL row of an idle
model as one impression), `COALESCE(SUM(...), 0)` turns "no rows" into 0 clicks,
and `1.0 *` makes the division a real one: in SQLite, as in many databases,
`int / int` is integer division, so 3 clicks out of 4 would be 0. `NULLIF(..., 0)`
makes the rate NULL instead of a division by zero (SQLite would return NULL
anyway; PostgreSQL raises). SQLite sorts NULL as the smallest value, so
`ORDER BY ctr DESC` puts the idle models last; other databases need
`NULLS LAST`. The tie-break `m.model_id` must be written out: SQLite often
returns tied rows in grouping order anyway, but no database promises it.

The common wrong approaches: an INNER JOIN (the idle model disappears), counting
log rows instead of distinct requests (retries inflate both counts), and
aggregating in Python after `SELECT *`, which works here and moves the whole
table out of the database in real life.
"""

import sqlite3
from contextlib import closing

QUERY = """
SELECT m.model_id,
       COUNT(r.request_id) AS n_impressions,
       COALESCE(SUM(r.clicked), 0) AS n_clicks,
       1.0 * SUM(r.clicked) / NULLIF(COUNT(r.request_id), 0) AS ctr
FROM models AS m
LEFT JOIN (SELECT model_id, request_id, MAX(clicked) AS clicked
           FROM impressions
           GROUP BY model_id, request_id) AS r
  ON r.model_id = m.model_id
GROUP BY m.model_id
ORDER BY ctr DESC, m.model_id ASC
"""


def click_rates(
    models: list[tuple[str, str]], impressions: list[tuple[int, str, int]]
) -> list[tuple[str, int, int, float | None]]:
    with closing(sqlite3.connect(":memory:")) as db:  # closed however it ends
        db.execute("CREATE TABLE models (model_id TEXT PRIMARY KEY, owner TEXT)")
        db.execute("CREATE TABLE impressions (request_id INTEGER, model_id TEXT, clicked INTEGER)")
        db.executemany("INSERT INTO models VALUES (?, ?)", models)
        db.executemany("INSERT INTO impressions VALUES (?, ?, ?)", impressions)
        return db.execute(QUERY).fetchall()
