# expect: move to the next epoch at position 0 right away
import random


class ResumableLoader:
    """Moves to the next epoch lazily, at the start of the following next_batch."""

    def __init__(self, n_examples, batch_size, seed, drop_last=False):
        self.n_examples, self.batch_size = n_examples, batch_size
        self.seed, self.drop_last = seed, drop_last
        self.epoch, self.position = 0, 0

    def _order(self):
        order = list(range(self.n_examples))
        random.Random(f"{self.seed}:{self.epoch}").shuffle(order)
        return order

    def _batch_left(self):
        left = self.n_examples - self.position
        return left >= self.batch_size if self.drop_last else left > 0

    def next_batch(self):
        if not self._batch_left():
            self.epoch, self.position = self.epoch + 1, 0
        batch = self._order()[self.position:self.position + self.batch_size]
        self.position += len(batch)
        return batch

    def state_dict(self):
        return {"epoch": self.epoch, "position": self.position}

    def load_state_dict(self, state):
        self.epoch, self.position = state["epoch"], state["position"]

    def __len__(self):
        if self.drop_last:
            return self.n_examples // self.batch_size
        return -(-self.n_examples // self.batch_size)

    def __iter__(self):
        while self._batch_left():
            yield self.next_batch()

    def remaining(self):
        return list(self)
