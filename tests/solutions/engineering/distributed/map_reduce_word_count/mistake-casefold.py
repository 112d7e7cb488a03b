# expect: str.casefold\(\) also turns .ß. into .ss.
# casefold() instead of lower(): the same for ASCII and most accents, but it folds "ß" into
# "ss", so "straße" and "strasse" become one word.
import zlib
from collections import Counter


def word_count(shards, n_reducers):
    outputs = [{} for _ in range(n_reducers)]
    shuffled = 0
    for shard in shards:
        counts = Counter(w for doc in shard for w in doc.casefold().split())
        for word, count in counts.items():
            bucket = outputs[zlib.crc32(word.encode("utf-8")) % n_reducers]
            bucket[word] = bucket.get(word, 0) + count
            shuffled += 1
    return outputs, shuffled
