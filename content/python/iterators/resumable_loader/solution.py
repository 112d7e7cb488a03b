"""The whole state of a shuffling loader is two integers: the epoch and the
position in that epoch's order. Everything else (the order itself) is
recomputed from `(seed, epoch)`, so a checkpoint is tiny and a resumed loader
continues exactly where the old one stopped. The order is cached per epoch, so
a batch costs O(batch_size), not a reshuffle.

Normalising the state eagerly (moving to the next epoch as soon as the current
one has no batch left) means there is only one way to describe "between two
epochs", so saved states compare equal and `__iter__` can stop when the epoch
number changes. The generator in `__iter__` is just a loop over `next_batch`:
the state lives on the object, so a loop interrupted mid-epoch and resumed
later simply continues.

Common mistakes: shuffling once in `__init__` (every epoch sees the same
order); seeding with `seed + epoch` (run 1's epoch 0 is run 0's epoch 1);
keeping the shuffled order in the checkpoint instead of recomputing it; and
letting a batch run on into the next epoch, which breaks per-epoch metrics and
the "each example once per epoch" guarantee.
"""

import random
from collections.abc import Iterator


class ResumableLoader:
    def __init__(
        self, n_examples: int, batch_size: int, seed: int, drop_last: bool = False
    ) -> None:
        self.n_examples, self.batch_size = n_examples, batch_size
        self.seed, self.drop_last = seed, drop_last
        self.epoch, self.position = 0, 0
        self._cached: tuple[int, list[int]] | None = None

    def _order(self) -> list[int]:
        if self._cached is None or self._cached[0] != self.epoch:
            order = list(range(self.n_examples))
            random.Random(f"{self.seed}:{self.epoch}").shuffle(order)
            self._cached = (self.epoch, order)
        return self._cached[1]

    def _batch_left(self) -> bool:
        left = self.n_examples - self.position
        return left >= self.batch_size if self.drop_last else left > 0

    def next_batch(self) -> list[int]:
        batch = self._order()[self.position:self.position + self.batch_size]
        self.position += len(batch)
        if not self._batch_left():
            self.epoch, self.position = self.epoch + 1, 0
        return batch

    def state_dict(self) -> dict[str, int]:
        return {"epoch": self.epoch, "position": self.position}

    def load_state_dict(self, state: dict[str, int]) -> None:
        self.epoch, self.position = state["epoch"], state["position"]

    def __len__(self) -> int:
        if self.drop_last:
            return self.n_examples // self.batch_size
        return -(-self.n_examples // self.batch_size)

    def __iter__(self) -> Iterator[list[int]]:
        epoch = self.epoch
        while self.epoch == epoch:
            yield self.next_batch()

    def remaining(self) -> list[list[int]]:
        return list(self)
