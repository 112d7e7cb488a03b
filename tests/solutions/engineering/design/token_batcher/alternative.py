class TokenBatcher:
    # Parallel lists and an index of the head instead of a deque.

    def __init__(self, max_tokens, max_wait_ms):
        self.budget = max_tokens
        self.wait = max_wait_ms
        self.ids, self.sizes, self.arrivals = [], [], []
        self.head = 0
        self.clock = 0
        self.n_batches = self.n_requests = self.n_tokens = self.longest = 0

    def _next_batch(self, force):
        end, total = self.head, 0
        while end < len(self.ids) and (end == self.head or total + self.sizes[end] <= self.budget):
            total += self.sizes[end]
            end += 1
        full = end < len(self.ids) or total >= self.budget
        due = self.clock - self.arrivals[self.head] >= self.wait
        return end if (force or full or due) else None

    def _run(self, force=False):
        out = []
        while self.head < len(self.ids):
            end = self._next_batch(force)
            if end is None:
                break
            out.append(self.ids[self.head : end])
            self.n_batches += 1
            self.n_requests += end - self.head
            self.n_tokens += sum(self.sizes[self.head : end])
            self.longest = max(self.longest, self.clock - min(self.arrivals[self.head : end]))
            self.head = end
        return out

    def submit(self, request_id, tokens, now_ms):
        self.clock = now_ms
        self.ids.append(request_id)
        self.sizes.append(tokens)
        self.arrivals.append(now_ms)
        return self._run()

    def poll(self, now_ms):
        self.clock = now_ms
        return self._run()

    def flush(self):
        return self._run(force=True)

    def pending(self):
        return len(self.ids) - self.head

    def stats(self):
        return {
            "batches": self.n_batches,
            "requests": self.n_requests,
            "tokens": self.n_tokens,
            "longest_wait_ms": self.longest,
        }
