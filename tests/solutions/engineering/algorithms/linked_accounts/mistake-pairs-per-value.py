# expect: 512 MB
# Builds an adjacency list by linking EVERY pair of accounts that share a value
# (quadratic in the size of a value's group), then BFS.
from collections import deque

def person_groups(accounts):
    by_value = {}
    for i, a in enumerate(accounts):
        for k, v in a.items():
            if v is not None:
                by_value.setdefault((k, v), []).append(i)
    adj = [[] for _ in accounts]
    for members in by_value.values():
        for x in members:
            for y in members:
                if x != y:
                    adj[x].append(y)
    label = [-1] * len(accounts)
    nxt = 0
    for s in range(len(accounts)):
        if label[s] != -1:
            continue
        label[s] = nxt
        q = deque([s])
        while q:
            u = q.popleft()
            for w in adj[u]:
                if label[w] == -1:
                    label[w] = nxt
                    q.append(w)
        nxt += 1
    return label
