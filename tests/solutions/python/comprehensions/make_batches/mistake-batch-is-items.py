# expect: the list at \[0\] of what it returned is `items` itself.*change the caller's data
# When everything fits in one batch, items itself is handed back as that batch: the
# values are right, so it used to pass, but padding or clearing that batch in place
# then changes the caller's list.
def make_batches(items, batch_size, drop_last=False):
    if isinstance(items, list) and len(items) <= batch_size:
        if not items or (drop_last and len(items) < batch_size):
            return []
        return [items]
    stop = len(items) - batch_size + 1 if drop_last else len(items)
    return [list(items[i : i + batch_size]) for i in range(0, stop, batch_size)]
