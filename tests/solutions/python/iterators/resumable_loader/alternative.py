import random


class ResumableLoader:
    """Computes the batch boundaries from the state each time; no cached order."""

    def __init__(self, n_examples, batch_size, seed, drop_last=False):
        self.n = n_examples
        self.size = batch_size
        self.seed = seed
        self.drop_last = drop_last
        self.state = {"epoch": 0, "position": 0}

    def _shuffled(self, epoch):
        order = list(range(self.n))
        random.Random(f"{self.seed}:{epoch}").shuffle(order)
        return order

    def next_batch(self):
        epoch, start = self.state["epoch"], self.state["position"]
        stop = min(start + self.size, self.n)
        batch = self._shuffled(epoch)[start:stop]
        left = self.n - stop
        if left == 0 or (self.drop_last and left < self.size):
            self.state = {"epoch": epoch + 1, "position": 0}
        else:
            self.state = {"epoch": epoch, "position": stop}
        return batch

    def state_dict(self):
        return dict(self.state)

    def load_state_dict(self, state):
        self.state = {"epoch": int(state["epoch"]), "position": int(state["position"])}

    def __len__(self):
        full, rest = divmod(self.n, self.size)
        return full + (1 if rest and not self.drop_last else 0)

    def __iter__(self):
        start_epoch = self.state["epoch"]
        while self.state["epoch"] == start_epoch:
            yield self.next_batch()

    def remaining(self):
        return list(self)
