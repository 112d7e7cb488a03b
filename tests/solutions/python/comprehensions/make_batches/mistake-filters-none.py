# expect: None, 0 and '' are items like any other
def make_batches(items, batch_size, drop_last=False):
    items = [x for x in items if x is not None]
    batches = [items[i : i + batch_size] for i in range(0, len(items), batch_size)]
    if drop_last and batches and len(batches[-1]) < batch_size:
        batches.pop()
    return batches
