import heapq
import re


def top_words(text, k):
    # Split on runs of non-letters and count with a plain dict; pick the top k
    # with a heap on the same (-count, word) key instead of sorting everything.
    counts = {}
    for word in re.split(r"[^a-z]+", text.lower()):
        if word:
            counts[word] = counts.get(word, 0) + 1
    return heapq.nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
