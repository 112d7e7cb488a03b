# expect: tokens reach max_tokens.*lone request larger than max_tokens
# Reads 'full' as tokens == max_tokens only: a lone request over the budget waits for its deadline.
from __future__ import annotations
from dataclasses import dataclass, field


@dataclass
class _Req:
    rid: str
    tokens: int
    at: int


class TokenBatcher:
    def __init__(self, max_tokens: int, max_wait_ms: int) -> None:
        self.max_tokens = max_tokens
        self.max_wait_ms = max_wait_ms
        self.q: list[_Req] = []
        self.clock = 0
        self._stats = dict(batches=0, requests=0, tokens=0, longest_wait_ms=0)

    def _take(self) -> tuple[int, bool]:
        total, n = 0, 0
        for r in self.q:
            if n and total + r.tokens > self.max_tokens:
                return n, True  # the next one would not fit
            total += r.tokens
            n += 1
        return n, total == self.max_tokens

    def _go(self, force: bool) -> list[list[str]]:
        out = []
        while self.q:
            n, full = self._take()
            if not (force or full or self.clock - self.q[0].at >= self.max_wait_ms):
                break
            batch, self.q = self.q[:n], self.q[n:]
            out.append([r.rid for r in batch])
            s = self._stats
            s["batches"] += 1
            s["requests"] += n
            s["tokens"] += sum(r.tokens for r in batch)
            s["longest_wait_ms"] = max(s["longest_wait_ms"], max(self.clock - r.at for r in batch))
        return out

    def submit(self, request_id, tokens, now_ms):
        self.clock = now_ms
        self.q.append(_Req(request_id, tokens, now_ms))
        return self._go(False)

    def poll(self, now_ms):
        self.clock = now_ms
        return self._go(False)

    def flush(self):
        return self._go(True)

    def pending(self):
        return len(self.q)

    def stats(self):
        return dict(self._stats)
