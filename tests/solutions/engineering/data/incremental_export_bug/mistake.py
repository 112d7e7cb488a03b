# expect: never exported.*\(updated_at, id\)
def fetch_page(rows, after, limit):
    """Half a fix: the order now uses the full key, the condition still the timestamp."""
    newer = [r for r in rows if r[0] > after]
    newer.sort(key=lambda r: (r[0], r[1]))
    return newer[:limit]


def extract_pages(rows, watermark, page_size):
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
