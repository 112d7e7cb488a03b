# expect: after a due batch was dispatched, the batch behind it went too
# Decides "due" once per call from the oldest request, then keeps dispatching every
# batch behind it too (a stale deadline decision).
from collections import deque


class TokenBatcher:
    def __init__(self, max_tokens, max_wait_ms):
        self.m, self.w = max_tokens, max_wait_ms
        self.q = deque()
        self.now = 0
        self.t = {"batches": 0, "requests": 0, "tokens": 0, "longest_wait_ms": 0}

    def _size(self):
        used = 0
        for k, (_, tok, _) in enumerate(self.q):
            if k and used + tok > self.m:
                return k, True
            used += tok
        return len(self.q), used >= self.m

    def _go(self, everything=False):
        out = []
        due = bool(self.q) and self.now - self.q[0][2] >= self.w
        while self.q:
            size, full = self._size()
            if not (full or due or everything):
                break
            b = [self.q.popleft() for _ in range(size)]
            out.append([r for r, _, _ in b])
            self.t["batches"] += 1
            self.t["requests"] += size
            self.t["tokens"] += sum(x for _, x, _ in b)
            self.t["longest_wait_ms"] = max(
                self.t["longest_wait_ms"], max(self.now - a for _, _, a in b)
            )
        return out

    def submit(self, request_id, tokens, now_ms):
        self.now = now_ms
        self.q.append((request_id, tokens, now_ms))
        return self._go()

    def poll(self, now_ms):
        self.now = now_ms
        return self._go()

    def flush(self):
        return self._go(True)

    def pending(self):
        return len(self.q)

    def stats(self):
        return dict(self.t)
