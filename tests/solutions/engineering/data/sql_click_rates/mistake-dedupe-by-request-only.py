# expect: collapse retries per \(model_id, request_id\), not per request_id alone
"""Collapses retries with GROUP BY request_id alone, so a request shown by two models counts for one."""

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
           GROUP BY request_id) AS r
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
