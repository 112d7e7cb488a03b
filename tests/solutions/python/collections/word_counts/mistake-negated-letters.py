# expect: a word must come before the longer words that start with it
# A max-heap on (count, negated letter codes): ties come out alphabetically except
# that a word sorts after the longer words it begins ('betas' before 'beta').
import heapq
import re
from collections import Counter


def top_words(text, k):
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    # max-heap on (count, reversed letters) so ties come out alphabetically
    best = heapq.nlargest(k, counts.items(),
                          key=lambda kv: (kv[1], tuple(-ord(c) for c in kv[0])))
    return best
