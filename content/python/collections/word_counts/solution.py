"""`re.findall(r"[a-z]+", text.lower())` implements the tokenisation rule in one
step, and `Counter` does the counting. The order is a single sort on the key
`(-count, word)`: highest count first, then alphabetical. Slicing `[:k]` handles
`k == 0` and a `k` larger than the vocabulary without special cases.

The common wrong answer is `Counter(words).most_common(k)`: it orders by count,
but words with equal counts stay in the order they were first seen, so the
result depends on the order of the text. A close second is
`sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)`, which
puts tied words in reverse alphabetical order. For a huge vocabulary and small
`k`, `heapq.nsmallest(k, counts.items(), key=lambda kv: (-kv[1], kv[0]))` gives
the same answer without sorting everything.
"""

import re
from collections import Counter


def top_words(text: str, k: int) -> list[tuple[str, int]]:
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:k]
