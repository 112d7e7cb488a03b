# expect: the list it returned is `items` itself
# No items: the caller's own empty list comes back as the list of batches, so a loop
# that collects more batches into it fills the caller's list. It used to pass.
def make_batches(items, batch_size, drop_last=False):
    if not items:
        return items if isinstance(items, list) else []
    stop = len(items) - batch_size + 1 if drop_last else len(items)
    return [list(items[i : i + batch_size]) for i in range(0, stop, batch_size)]
