import sqlite3

QUERY = """
WITH requests AS (
    SELECT DISTINCT model_id, request_id,
           EXISTS (SELECT 1 FROM impressions AS c
                   WHERE c.model_id = i.model_id AND c.request_id = i.request_id
                     AND c.clicked = 1) AS clicked
    FROM impressions AS i
)
SELECT m.model_id,
       COUNT(r.request_id),
       COUNT(CASE WHEN r.clicked THEN 1 END),
       AVG(r.clicked) AS ctr
FROM models AS m
LEFT JOIN requests AS r USING (model_id)
GROUP BY m.model_id
ORDER BY ctr IS NULL, ctr DESC, m.model_id
"""


def click_rates(models, impressions):
    # AVG of the 0/1 flags is the rate (a float, NULL with no rows); EXISTS marks a
    # request clicked in any copy.
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE models (model_id TEXT PRIMARY KEY, owner TEXT)")
        db.execute("CREATE TABLE impressions (request_id INTEGER, model_id TEXT, clicked INTEGER)")
        db.executemany("INSERT INTO models VALUES (?, ?)", models)
        db.executemany("INSERT INTO impressions VALUES (?, ?, ?)", impressions)
        return [tuple(row) for row in db.execute(QUERY)]
