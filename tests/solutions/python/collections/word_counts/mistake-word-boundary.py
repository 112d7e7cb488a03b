# expect: appears \d+ times as a word, not \d+|is not a word of the task
import re
from collections import Counter


def top_words(text, k):
    counts = Counter(re.findall(r"\b[a-z]+\b", text.lower()))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:k]
