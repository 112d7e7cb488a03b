# expect: batch 0 holds .* items: every batch except the last must hold exactly batch_size
# The slice stops one item early (start + batch_size - 1): every batch is one short.
# This used to be reported as a missing remainder batch.
def make_batches(items, batch_size, drop_last=False):
    stop = len(items) - batch_size + 1 if drop_last else len(items)
    return [list(items[i : i + batch_size - 1]) for i in range(0, stop, batch_size)]
