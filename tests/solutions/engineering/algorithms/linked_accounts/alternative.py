from collections import defaultdict, deque


def person_groups(accounts):
    # Breadth-first search over a graph whose nodes are accounts and (key, value) pairs.
    holders = defaultdict(list)
    for i, account in enumerate(accounts):
        for key, value in account.items():
            if value is not None:
                holders[key, value].append(i)
    labels = [-1] * len(accounts)
    person = 0
    for start in range(len(accounts)):
        if labels[start] != -1:
            continue
        labels[start] = person
        queue = deque([start])
        while queue:
            i = queue.popleft()
            for key, value in accounts[i].items():
                if value is None:
                    continue
                for j in holders.pop((key, value), ()):
                    if labels[j] == -1:
                        labels[j] = person
                        queue.append(j)
        person += 1
    return labels
