# expect: either a substitution was counted as 2 edits
# A full edit-distance table with substitution cost 2: where a shortcut happens to give
# the same rate, the message must still name the cost, not only the shortcut.
def word_error_rate(reference, hypothesis):
    r = reference.split()
    h = hypothesis.split()
    if not r:
        return 0.0 if not h else float("inf")
    n, m = len(r), len(h)
    d = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n + 1):
        d[i][0] = i
    for j in range(m + 1):
        d[0][j] = j
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + 2 * (r[i - 1] != h[j - 1])
            )
    return d[n][m] / n
