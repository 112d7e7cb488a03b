# expect: on the wrong reducer.*not hash\(\)
from collections import Counter


def word_count(shards, n_reducers):
    outputs = [{} for _ in range(n_reducers)]
    shuffled = 0
    for shard in shards:
        counts = Counter(word for document in shard for word in document.lower().split())
        for word, count in counts.items():
            reducer = outputs[hash(word) % n_reducers]
            reducer[word] = reducer.get(word, 0) + count
            shuffled += 1
    return outputs, shuffled
