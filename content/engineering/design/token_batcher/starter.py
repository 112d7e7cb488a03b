class TokenBatcher:
    """Dynamic batching for a model server: a token budget per batch and a deadline."""

    def __init__(self, max_tokens: int, max_wait_ms: int) -> None:
        # TODO: the limits, a FIFO queue of (request_id, tokens, arrival), the clock, totals.
        raise NotImplementedError("TokenBatcher is not written yet")

    def submit(self, request_id: str, tokens: int, now_ms: int) -> list[list[str]]:
        """Queue the request, then dispatch what is due; return the dispatched batches."""
        raise NotImplementedError

    def poll(self, now_ms: int) -> list[list[str]]:
        """Dispatch what is due at now_ms; return the dispatched batches."""
        raise NotImplementedError

    def flush(self) -> list[list[str]]:
        """Dispatch everything pending, in batches that respect the token budget."""
        raise NotImplementedError

    def pending(self) -> int:
        raise NotImplementedError

    def stats(self) -> dict[str, int]:
        """batches, requests, tokens dispatched so far, and the longest wait."""
        raise NotImplementedError
