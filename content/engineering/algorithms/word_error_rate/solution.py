r"""Edit distance by dynamic programming over prefixes. Let $d[i][j]$ be the
fewest edits that turn the first $i$ reference words into the first $j$
hypothesis words. Then $d[i][0] = i$ (delete them all), $d[0][j] = j$ (insert
them all), and
$$d[i][j] = \min\big(d[i-1][j] + 1,\; d[i][j-1] + 1,\;
d[i-1][j-1] + [r_i \ne h_j]\big),$$
a deletion, an insertion, or a match/substitution. Every cell depends only on
the row above and the cell to its left, so two rows are enough: $O(NM)$ time,
$O(M)$ memory.

The common wrong approach compares the words position by position (`zip`): one
inserted or missing word shifts everything after it and every later word counts
as an error. Others: dividing by the hypothesis length or by the longer of the
two (WER is always per reference word), capping the result at 1, splitting on
`" "` (so double spaces create empty words), and computing the distance over
characters instead of words. Shortcuts that skip the table miscount on sentences
with repeated words: a greedy pass that drops a word because the next one
matches, and the opcodes of a diff such as `difflib.SequenceMatcher`, which keeps
the longest matching run rather than the cheapest alignment.
"""


def word_error_rate(reference: str, hypothesis: str) -> float:
    ref, hyp = reference.split(), hypothesis.split()
    if not ref:
        return 0.0 if not hyp else float("inf")
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, start=1):
        current = [i]
        for j, h in enumerate(hyp, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1] / len(ref)
