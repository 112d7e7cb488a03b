import zlib
from collections import defaultdict


def _map(shard):
    counts = defaultdict(int)
    for document in shard:
        for word in document.lower().split():
            counts[word] += 1
    return list(counts.items())


def _partition(word, n_reducers):
    return zlib.crc32(bytes(word, "utf-8")) % n_reducers


def word_count(shards, n_reducers):
    # Three explicit phases: every mapper's pairs first, then the shuffle into
    # per-reducer inboxes, then each reducer sums its inbox.
    mapped = [_map(shard) for shard in shards]
    inboxes = [[] for _ in range(n_reducers)]
    for pairs in mapped:
        for word, count in pairs:
            inboxes[_partition(word, n_reducers)].append((word, count))
    outputs = []
    for inbox in inboxes:
        totals = {}
        for word, count in inbox:
            totals[word] = totals.get(word, 0) + count
        outputs.append(totals)
    return outputs, sum(len(pairs) for pairs in mapped)
