import sqlite3


class FeatureSink:
    """A (user_id, day) -> value table with idempotent, all-or-nothing loads."""

    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:")
        # TODO: create the feature table (with a key on user_id, day) and a table
        # that remembers which batches have been loaded.
        raise NotImplementedError("FeatureSink is not written yet")

    def load(self, batch_id: str, rows: list[tuple[str, str, float]]) -> int:
        """Keys inserted or changed; 0 if batch_id was loaded before; -1 if invalid."""
        # TODO
        raise NotImplementedError

    def get(self, user_id: str, day: str) -> float | None:
        # TODO
        raise NotImplementedError

    def count(self) -> int:
        # TODO
        raise NotImplementedError

    def snapshot(self) -> list[tuple[str, str, float]]:
        # TODO
        raise NotImplementedError
