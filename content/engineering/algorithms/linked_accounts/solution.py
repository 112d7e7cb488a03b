"""Union-find (disjoint sets) with path halving. Instead of comparing accounts pairwise,
each value is looked up in a dict keyed by `(key, value)`: the first account with a
value becomes its representative and every later account with the same value is
joined to it. That is one dict lookup and one union per value, so the whole pass is
close to linear; keying by the pair keeps an email from matching the same text used
as a device id. Numbering the roots in order of first appearance makes the labels
independent of the union order.

Common wrong approaches: linking only accounts that share a value directly, which
misses the chains (A-B by email, B-C by device); comparing all pairs, which is
quadratic and takes minutes at 20,000 accounts; pooling all values in one dict
without the key, which links an email to an equal device string; and returning the
roots themselves as labels, which are account positions, not 0, 1, 2, ...
A breadth-first search over an adjacency list built from the same dict works too.
"""


def person_groups(accounts: list[dict[str, str | None]]) -> list[int]:
    parent = list(range(len(accounts)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, str], int] = {}
    for i, account in enumerate(accounts):
        for key, value in account.items():
            if value is None:
                continue
            j = first_with.setdefault((key, value), i)
            parent[root(i)] = root(j)
    labels: dict[int, int] = {}
    return [labels.setdefault(root(i), len(labels)) for i in range(len(accounts))]
