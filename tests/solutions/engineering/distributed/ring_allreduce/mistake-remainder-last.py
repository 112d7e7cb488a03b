# expect: the chunks are cut in other places than np.array_split
# Chunks with the remainder on the LAST chunks instead of np.array_split's first ones.
import numpy as np

def _split(b, p):
    n = len(b)
    sizes = [n // p + (1 if c >= p - n % p else 0) for c in range(p)]
    out, at = [], 0
    for s in sizes:
        out.append(b[at:at + s].copy()); at += s
    return out

def ring_allreduce(buffers, steps):
    p = len(buffers)
    chunks = [_split(np.asarray(b, dtype=np.float64), p) for b in buffers]
    sent = [0] * p
    for s in range(steps):
        for i in range(p):
            r = (i + 1) % p
            if s < p - 1:
                c = (i - s) % p
                chunks[r][c] = chunks[r][c] + chunks[i][c]
            else:
                c = (i + 1 - (s - (p - 1))) % p
                chunks[r][c] = chunks[i][c].copy()
            sent[i] += len(chunks[i][c])
    return [np.concatenate(w) for w in chunks], sent
