# expect: a request dispatched by flush\(\) waited until the time of the last submit or poll
"""flush() dispatches at the newest arrival time instead of the time of the last call."""

from collections import deque


class TokenBatcher:
    def __init__(self, max_tokens: int, max_wait_ms: int) -> None:
        self.max_tokens, self.max_wait_ms = max_tokens, max_wait_ms
        self.queue: deque[tuple[str, int, int]] = deque()
        self.now = 0
        self.totals = {"batches": 0, "requests": 0, "tokens": 0, "longest_wait_ms": 0}

    def _batch_size(self) -> tuple[int, bool]:
        """How many requests the next batch takes, and whether it is full."""
        used = 0
        for count, (_, tokens, _) in enumerate(self.queue):
            if count and used + tokens > self.max_tokens:
                return count, True
            used += tokens
        return len(self.queue), used >= self.max_tokens

    def _dispatch(self, *, everything: bool = False) -> list[list[str]]:
        batches = []
        while self.queue:
            size, full = self._batch_size()
            due = self.now - self.queue[0][2] >= self.max_wait_ms
            if not (full or due or everything):
                break
            batch = [self.queue.popleft() for _ in range(size)]
            batches.append([request_id for request_id, _, _ in batch])
            self.totals["batches"] += 1
            self.totals["requests"] += size
            self.totals["tokens"] += sum(tokens for _, tokens, _ in batch)
            waited = max(self.now - arrival for _, _, arrival in batch)
            self.totals["longest_wait_ms"] = max(self.totals["longest_wait_ms"], waited)
        return batches

    def submit(self, request_id: str, tokens: int, now_ms: int) -> list[list[str]]:
        self.now = now_ms
        self.queue.append((request_id, tokens, now_ms))
        return self._dispatch()

    def poll(self, now_ms: int) -> list[list[str]]:
        self.now = now_ms
        return self._dispatch()

    def flush(self) -> list[list[str]]:
        if self.queue:  # shutdown: the newest request's arrival is "now"
            self.now = self.queue[-1][2]
        return self._dispatch(everything=True)

    def pending(self) -> int:
        return len(self.queue)

    def stats(self) -> dict[str, int]:
        return dict(self.totals)
