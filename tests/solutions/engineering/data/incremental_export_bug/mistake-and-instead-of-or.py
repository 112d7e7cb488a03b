# expect: the id only breaks ties
# Row-value comparison expanded wrongly: updated_at >= ts AND id > last_id.
def fetch_page(rows, after, limit):
    if after is None:
        newer = list(rows)
    else:
        newer = [r for r in rows if r[0] >= after[0] and r[1] > after[1]]
    newer.sort(key=lambda r: (r[0], r[1]))
    return newer[:limit]

def extract_pages(rows, watermark, page_size):
    pages, last = [], watermark
    while True:
        page = fetch_page(rows, last, page_size)
        if not page:
            break
        pages.append([r[1] for r in page])
        last = (page[-1][0], page[-1][1])
    return pages, last
