# expect: the wrong way.*\(i - s\) % p
import numpy as np


def ring_allreduce(buffers, steps):
    p = len(buffers)
    chunks = [[c.copy() for c in np.array_split(np.asarray(b, dtype=np.float64), p)]
              for b in buffers]
    sent = [0] * p
    for s in range(steps):
        for i in range(p):
            receiver = (i + 1) % p
            if s < p - 1:
                c = (i + s) % p  # the index runs with the ring instead of against it
                chunks[receiver][c] += chunks[i][c]
            else:
                c = (i + 1 + (s - (p - 1))) % p
                chunks[receiver][c] = chunks[i][c].copy()
            sent[i] += len(chunks[i][c])
    return [np.concatenate(worker) for worker in chunks], sent
