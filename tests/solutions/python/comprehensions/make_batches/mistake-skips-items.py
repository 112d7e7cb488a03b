# expect: items are skipped between batches
# The starts step by batch_size + 1, so one item is skipped between batches.
# This used to be reported as a missing remainder batch.
def make_batches(items, batch_size, drop_last=False):
    stop = len(items) - batch_size + 1 if drop_last else len(items)
    return [list(items[i : i + batch_size]) for i in range(0, stop, batch_size + 1)]
