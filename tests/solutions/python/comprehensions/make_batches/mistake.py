# expect: empty batch
def make_batches(items, batch_size, drop_last=False):
    # One batch too many whenever the length is a multiple of batch_size.
    count = len(items) // batch_size if drop_last else len(items) // batch_size + 1
    return [list(items[i * batch_size:(i + 1) * batch_size]) for i in range(count)]
