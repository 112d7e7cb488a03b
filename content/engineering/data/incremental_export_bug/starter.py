def fetch_page(rows, after, limit):
    """The source's query: SELECT * FROM source WHERE updated_at > :after
    ORDER BY updated_at LIMIT :limit."""
    newer = [r for r in rows if r[0] > after]
    newer.sort(key=lambda r: r[0])
    return newer[:limit]


def extract_pages(rows, watermark, page_size):
    """Export the rows changed since `watermark`, page by page.

    Returns (pages, new_watermark): pages is a list of lists of ids; the new
    watermark is the (updated_at, id) of the last row exported.
    """
    after = watermark[0] if watermark is not None else -1
    pages = []
    last = watermark
    while True:
        page = fetch_page(rows, after, page_size)
        if not page:
            break
        pages.append([r[1] for r in page])
        last = (page[-1][0], page[-1][1])
        after = page[-1][0]
    return pages, last
