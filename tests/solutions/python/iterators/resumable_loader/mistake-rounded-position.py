# expect: the restored position was rounded to a whole number of batches
# Keeps a batch index instead of a position, so load_state_dict rounds a position
# that is not a multiple of batch_size down to one.

import random


class ResumableLoader:
    def __init__(self, n_examples, batch_size, seed, drop_last=False):
        self.n, self.bs, self.seed, self.drop_last = n_examples, batch_size, seed, drop_last
        self.epoch, self.batch_idx = 0, 0

    def _order(self):
        order = list(range(self.n))
        random.Random(f"{self.seed}:{self.epoch}").shuffle(order)
        return order

    def next_batch(self):
        p = self.batch_idx * self.bs
        batch = self._order()[p : p + self.bs]
        self.batch_idx += 1
        if self.batch_idx >= len(self):
            self.epoch += 1
            self.batch_idx = 0
        return batch

    def state_dict(self):
        return {"epoch": self.epoch, "position": self.batch_idx * self.bs}

    def load_state_dict(self, s):
        self.epoch, self.batch_idx = s["epoch"], s["position"] // self.bs

    def __len__(self):
        return self.n // self.bs if self.drop_last else -(-self.n // self.bs)

    def __iter__(self):
        e = self.epoch
        while self.epoch == e:
            yield self.next_batch()

    def remaining(self):
        return list(self)
