import numpy as np


def ring_allreduce(buffers, steps):
    # Whole buffers with chunk boundaries instead of lists of chunks; every step first
    # collects all the messages, then delivers them, as the workers do at once.
    p = len(buffers)
    n = len(buffers[0])
    sizes = [n // p + (1 if c < n % p else 0) for c in range(p)]
    bounds = np.concatenate([[0], np.cumsum(sizes)]).astype(int)
    state = [np.array(b, dtype=np.float64, copy=True) for b in buffers]
    sent = [0 for _ in range(p)]
    for s in range(steps):
        gather = s >= p - 1
        messages = []
        for i in range(p):
            c = (i + 1 - (s - (p - 1))) % p if gather else (i - s) % p
            lo, hi = bounds[c], bounds[c + 1]
            messages.append(((i + 1) % p, lo, hi, state[i][lo:hi].copy()))
            sent[i] += int(hi - lo)
        for receiver, lo, hi, data in messages:
            if gather:
                state[receiver][lo:hi] = data
            else:
                state[receiver][lo:hi] += data
    return state, sent
