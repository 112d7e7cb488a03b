# expect: the rate .* is rounded: return the full ratio
import sqlite3
from contextlib import closing

QUERY = """
SELECT m.model_id,
       COUNT(r.request_id) AS n_impressions,
       COALESCE(SUM(r.clicked), 0) AS n_clicks,
       ROUND(1.0 * SUM(r.clicked) / NULLIF(COUNT(r.request_id), 0), 2) AS ctr
FROM models AS m
LEFT JOIN (SELECT model_id, request_id, MAX(clicked) AS clicked
           FROM impressions GROUP BY model_id, request_id) AS r
  ON r.model_id = m.model_id
GROUP BY m.model_id
ORDER BY ctr DESC, m.model_id
"""


def click_rates(models, impressions):
    with closing(sqlite3.connect(":memory:")) as db:
        db.execute("CREATE TABLE models (model_id TEXT PRIMARY KEY, owner TEXT)")
        db.execute("CREATE TABLE impressions (request_id INTEGER, model_id TEXT, clicked INTEGER)")
        db.executemany("INSERT INTO models VALUES (?, ?)", models)
        db.executemany("INSERT INTO impressions VALUES (?, ?, ?)", impressions)
        return db.execute(QUERY).fetchall()
