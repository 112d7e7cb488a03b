class FeatureStore:
    """Point-in-time feature values per (entity, feature), with per-feature TTLs."""

    def __init__(self, ttl: dict[str, int]) -> None:
        # TODO: keep the TTLs and, per (entity, feature), the values ordered by ts.
        raise NotImplementedError("FeatureStore is not written yet")

    def write(self, entity: str, feature: str, value: float, ts: int) -> None:
        """Record value at event time ts; the same ts again replaces the value.
        A value that is not finite (nan, inf) raises ValueError and stores nothing."""
        # TODO
        raise NotImplementedError

    def read(self, entity: str, features: list[str], at: int) -> list[float | None]:
        """Per feature: the value with the largest ts <= at, if at - ts <= ttl; else None."""
        # TODO
        raise NotImplementedError

    def delete_entity(self, entity: str) -> int:
        """Remove all of entity's values; return how many there were."""
        # TODO
        raise NotImplementedError

    def count(self) -> int:
        """The number of values stored."""
        # TODO
        raise NotImplementedError
