# expect: changed later, in another call.*(keep a copy|return a copy)
import random
from collections.abc import Iterator


class ResumableLoader:
    def __init__(
        self, n_examples: int, batch_size: int, seed: int, drop_last: bool = False
    ) -> None:
        self.n_examples, self.batch_size = n_examples, batch_size
        self.seed, self.drop_last = seed, drop_last
        self._state = {"epoch": 0, "position": 0}
        self._cached: tuple[int, list[int]] | None = None

    @property
    def epoch(self) -> int:
        return self._state["epoch"]

    @property
    def position(self) -> int:
        return self._state["position"]

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
        self._state["position"] += len(batch)
        if not self._batch_left():
            self._state["epoch"] += 1
            self._state["position"] = 0
        return batch

    def state_dict(self) -> dict[str, int]:
        return self._state  # the loader's own dict: it changes with the next batch

    def load_state_dict(self, state: dict[str, int]) -> None:
        self._state = state  # the caller's dict, changed by every later batch

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
