# expect: the chunks are cut in other places than np.array_split
import numpy as np


def ring_allreduce(buffers, steps):
    # Chunks of ceil(n / p) elements, as torch.chunk cuts them.
    p = len(buffers)
    size = -(-len(buffers[0]) // p)
    chunks = [[np.asarray(b, dtype=np.float64)[c * size:(c + 1) * size].copy() for c in range(p)]
              for b in buffers]
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
