# expect: transitive|belong together are apart
def person_groups(accounts):
    # Only direct links: an account joins the person of the first account sharing a value.
    seen, labels, people = {}, [], 0
    for account in accounts:
        label = next((seen[k, v] for k, v in account.items() if v is not None and (k, v) in seen),
                     None)
        if label is None:
            label, people = people, people + 1
        for k, v in account.items():
            if v is not None:
                seen.setdefault((k, v), label)
        labels.append(label)
    return labels
