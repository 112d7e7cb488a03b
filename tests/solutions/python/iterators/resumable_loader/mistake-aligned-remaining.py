# expect: used as it is|order\[position:position \+ batch_size\]
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
        batch = self._order()[self.position : self.position + self.batch_size]
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
        order = self._order()
        stop = self.n_examples - self.batch_size + 1 if self.drop_last else self.n_examples
        starts = range(0, stop, self.batch_size)
        first = self.position // self.batch_size
        for start in list(starts)[first:]:
            yield order[start : start + self.batch_size]
        self.epoch, self.position = self.epoch + 1, 0

    def remaining(self) -> list[list[int]]:
        return list(self)
