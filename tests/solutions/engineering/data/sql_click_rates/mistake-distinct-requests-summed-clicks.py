# expect: too many clicks: the impressions count each request once
import sqlite3
from contextlib import closing

QUERY = """
-- Retries are collapsed for the impressions only: SUM counts every clicked copy.
SELECT m.model_id,
       COUNT(DISTINCT i.request_id) AS n_impressions,
       COALESCE(SUM(i.clicked), 0) AS n_clicks,
       1.0 * SUM(i.clicked) / NULLIF(COUNT(DISTINCT i.request_id), 0) AS ctr
FROM models AS m
LEFT JOIN impressions AS i ON i.model_id = m.model_id
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
