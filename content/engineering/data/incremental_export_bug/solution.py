"""The watermark must be a key that identifies a row, and `updated_at` alone does
not: when a page ends at a row whose timestamp other rows share, `updated_at >
last_ts` skips the rest of them, and when it is `>=` they come back twice.
*Keyset pagination* fixes both: order by the unique key `(updated_at, id)` and
ask for rows whose key is greater than the last key seen. In SQL this is
`WHERE (updated_at, id) > (:ts, :id) ORDER BY updated_at, id LIMIT :n` (a row
value comparison, in SQLite and PostgreSQL), or
`WHERE updated_at > :ts OR (updated_at = :ts AND id > :id)`. Python tuples
compare the same way, so the fix is a key instead of a timestamp.

Ordering by `updated_at` alone is a second, quieter half of the bug: with ties
the database may return them in any order, so even a correct condition could
skip or repeat rows between pages. The tempting non-fixes are `>=` (every tied
row at a boundary is exported twice, and an idempotent loader is then the only
thing saving you), growing the page until the ties end (a bulk update of a
million rows with one timestamp becomes one page), and `OFFSET` pagination,
which skips or repeats rows whenever the table changes between two pages.
"""


def fetch_page(rows, after, limit):
    """SELECT * FROM source WHERE (updated_at, id) > (:ts, :id)
    ORDER BY updated_at, id LIMIT :limit."""
    newer = [r for r in rows if after is None or (r[0], r[1]) > after]
    newer.sort(key=lambda r: (r[0], r[1]))
    return newer[:limit]


def extract_pages(rows, watermark, page_size):
    pages = []
    last = tuple(watermark) if watermark is not None else None
    while True:
        page = fetch_page(rows, last, page_size)
        if not page:
            break
        pages.append([r[1] for r in page])
        last = (page[-1][0], page[-1][1])
    return pages, last
