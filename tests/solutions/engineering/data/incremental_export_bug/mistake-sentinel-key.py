# expect: never exported: the first.*first run.*every row
# The key fix, but the first run starts from a made-up key (-1, -1), as the starter's -1 did:
# rows keyed below it (a timestamp before 1970, an id below 0) are never exported.
def fetch_page(rows, after, limit):
    newer = [r for r in rows if (r[0], r[1]) > after]
    newer.sort(key=lambda r: (r[0], r[1]))
    return newer[:limit]


def extract_pages(rows, watermark, page_size):
    after = watermark if watermark is not None else (-1, -1)
    pages = []
    last = watermark
    while True:
        page = fetch_page(rows, after, page_size)
        if not page:
            break
        pages.append([r[1] for r in page])
        last = (page[-1][0], page[-1][1])
        after = last
    return pages, last
