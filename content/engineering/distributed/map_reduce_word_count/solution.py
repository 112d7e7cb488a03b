"""Each mapper's `Counter` is the combiner: it collapses a shard's occurrences into
one pair per distinct word before anything is sent, which is why real jobs
shuffle megabytes instead of gigabytes. The partitioner must be a function of
the word alone, identical in every process: `zlib.crc32` (or any fixed hash such
as MD5 or MurmurHash) is; the built-in `hash()` of a `str` is not, because
Python salts it per process (`PYTHONHASHSEED`), so in a real cluster two mappers
would route the same word to different reducers and both would report it.

The common wrong approaches: `hash(word) % n` (right in one process, wrong
across machines, and different on every run); partitioning the raw bytes before
lowercasing (then "The" and "the" may land on different reducers); and sending
one pair per occurrence, which gives the same totals and a shuffle as large as
the corpus.
"""

import zlib
from collections import Counter


def word_count(shards: list[list[str]], n_reducers: int) -> tuple[list[dict[str, int]], int]:
    outputs: list[dict[str, int]] = [{} for _ in range(n_reducers)]
    shuffled = 0
    for shard in shards:
        counts = Counter(word for document in shard for word in document.lower().split())
        for word, count in counts.items():
            reducer = outputs[zlib.crc32(word.encode("utf-8")) % n_reducers]
            reducer[word] = reducer.get(word, 0) + count
            shuffled += 1
    return outputs, shuffled
