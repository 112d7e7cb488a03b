# expect: several batches: submit\('e', 10, 4\)[^\n]*while a batch is due or full \(while, not if\)
# Dispatches at most one batch per submit or poll (if instead of while): the lone request
# that pushed a full batch out waits, though it fills a batch of its own.
from collections import deque


class TokenBatcher:
    def __init__(self, max_tokens, max_wait_ms):
        self.mt = max_tokens
        self.mw = max_wait_ms
        self.q = deque()
        self.now = 0
        self.st = {"batches": 0, "requests": 0, "tokens": 0, "longest_wait_ms": 0}

    def _prefix(self):
        n, tot = 0, 0
        for _rid, t, _at in self.q:
            if n and tot + t > self.mt:
                return n, tot, True
            n += 1
            tot += t
            if tot >= self.mt:
                return n, tot, True
        return n, tot, False

    def _take(self, n, tot):
        ids = []
        for _ in range(n):
            rid, _t, at = self.q.popleft()
            ids.append(rid)
            self.st["longest_wait_ms"] = max(self.st["longest_wait_ms"], self.now - at)
        self.st["batches"] += 1
        self.st["requests"] += n
        self.st["tokens"] += tot
        return ids

    def _run(self, force=False):
        out = []
        while self.q:
            n, tot, full = self._prefix()
            if not (force or full or self.now - self.q[0][2] >= self.mw):
                break
            out.append(self._take(n, tot))
            if not force:
                break
        return out

    def submit(self, request_id, tokens, now_ms):
        self.now = now_ms
        self.q.append((request_id, tokens, now_ms))
        return self._run()

    def poll(self, now_ms):
        self.now = now_ms
        return self._run()

    def flush(self):
        return self._run(force=True)

    def pending(self):
        return len(self.q)

    def stats(self):
        return dict(self.st)
