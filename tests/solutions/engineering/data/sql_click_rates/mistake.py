# expect: no impressions and is missing: an inner join drops it
import sqlite3

QUERY = """
SELECT m.model_id,
       COUNT(r.request_id) AS n_impressions,
       SUM(r.clicked) AS n_clicks,
       1.0 * SUM(r.clicked) / COUNT(r.request_id) AS ctr
FROM models AS m
JOIN (SELECT model_id, request_id, MAX(clicked) AS clicked
      FROM impressions
      GROUP BY model_id, request_id) AS r
  ON r.model_id = m.model_id
GROUP BY m.model_id
ORDER BY ctr DESC, m.model_id ASC
"""


def click_rates(models, impressions):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE models (model_id TEXT PRIMARY KEY, owner TEXT)")
    db.execute("CREATE TABLE impressions (request_id INTEGER, model_id TEXT, clicked INTEGER)")
    db.executemany("INSERT INTO models VALUES (?, ?)", models)
    db.executemany("INSERT INTO impressions VALUES (?, ?, ?)", impressions)
    return db.execute(QUERY).fetchall()
