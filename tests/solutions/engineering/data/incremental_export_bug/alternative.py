import sqlite3


def fetch_page(db, after, limit):
    """Keyset pagination in SQL: a row-value comparison on (updated_at, id)."""
    if after is None:
        return db.execute("SELECT updated_at, id FROM source ORDER BY updated_at, id LIMIT ?",
                          (limit,)).fetchall()
    return db.execute(
        "SELECT updated_at, id FROM source WHERE (updated_at, id) > (?, ?) "
        "ORDER BY updated_at, id LIMIT ?", (after[0], after[1], limit)).fetchall()


def extract_pages(rows, watermark, page_size):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE source (updated_at INTEGER, id INTEGER PRIMARY KEY, payload TEXT)")
    db.executemany("INSERT INTO source VALUES (?, ?, ?)", rows)
    position = None if watermark is None else (watermark[0], watermark[1])
    pages = []
    while page := fetch_page(db, position, page_size):
        pages.append([row_id for _, row_id in page])
        position = page[-1]
    db.close()
    return pages, position
