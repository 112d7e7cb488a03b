# expect: the batches overlap
# Sliding windows (a start at every position) instead of consecutive batches.
def make_batches(items, batch_size, drop_last=False):
    stop = len(items) - batch_size + 1 if drop_last else len(items)
    return [list(items[i : i + batch_size]) for i in range(0, stop)]
