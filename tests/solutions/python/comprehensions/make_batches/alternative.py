def make_batches(items, batch_size, drop_last=False):
    # Count the batches first (ceiling or floor division), then slice each one.
    items = list(items)
    if drop_last:
        count = len(items) // batch_size
    else:
        count = -(-len(items) // batch_size)
    return [items[i * batch_size:(i + 1) * batch_size] for i in range(count)]
