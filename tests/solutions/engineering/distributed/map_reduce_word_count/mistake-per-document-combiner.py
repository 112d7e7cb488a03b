# expect: one pair per distinct word of each document
# Combiner per document instead of per shard (more pairs shuffled).
import zlib
from collections import Counter
def word_count(shards, n_reducers):
    out = [{} for _ in range(n_reducers)]; sent = 0
    for shard in shards:
        for doc in shard:
            for w, c in Counter(doc.lower().split()).items():
                d = out[zlib.crc32(w.encode("utf-8")) % n_reducers]
                d[w] = d.get(w, 0) + c; sent += 1
    return out, sent
