# expect: stopped after .* s of wall time
# Union-find with no path compression and no union by size.
def person_groups(accounts):
    parent = list(range(len(accounts)))
    def root(i):
        while parent[i] != i:
            i = parent[i]
        return i
    first = {}
    for i, a in enumerate(accounts):
        for k, v in a.items():
            if v is None:
                continue
            j = first.setdefault((k, v), i)
            ri, rj = root(i), root(j)
            if ri != rj:
                parent[rj] = ri
    labels = {}
    return [labels.setdefault(root(i), len(labels)) for i in range(len(accounts))]
