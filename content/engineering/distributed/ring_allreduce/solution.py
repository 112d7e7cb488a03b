r"""Each worker's buffer is kept as a list of chunk arrays, copied first so the
caller's gradients survive. In reduce-scatter step $s$ chunk $c$ travels from
worker $c + s$ to $c + s + 1$ and picks up one more contribution each hop, so
after $p - 1$ hops it has all $p$ and sits at worker $c - 1$; all-gather then
walks each complete chunk once more round the ring, overwriting. A worker never
receives, in a step, the chunk it sends in that step, which is why a plain loop
over the workers can update in place: every link carries a different chunk at
the same time, and that parallelism is where the bandwidth comes from.

Counting `sent` makes the point of the algorithm visible: each worker sends
$2(p-1)$ chunks of about $n/p$ numbers, so about $2n(p-1)/p < 2n$ whatever the
number of workers, while a parameter server receives $(p-1)n$. The price is
$2(p-1)$ sequential steps, so latency grows with $p$ (and the slowest link sets
the pace of every step); that is why large clusters use trees or hierarchical
rings.

The common mistakes: the chunk index going the wrong way round the ring
(`i + s`), adding during all-gather (the owners' complete sums are then counted
again), counting messages instead of elements in `sent`, `np.split` (it refuses
lengths that do not divide), and computing the final sum directly, which gets
the last state right and every partial state wrong.
"""

import numpy as np


def ring_allreduce(buffers: list[np.ndarray], steps: int) -> tuple[list[np.ndarray], list[int]]:
    p = len(buffers)
    chunks = [[c.copy() for c in np.array_split(np.asarray(b, dtype=np.float64), p)]
              for b in buffers]
    sent = [0] * p
    for s in range(steps):
        for i in range(p):
            receiver = (i + 1) % p
            if s < p - 1:  # reduce-scatter: add into the next worker's copy
                c = (i - s) % p
                chunks[receiver][c] += chunks[i][c]
            else:  # all-gather: the next worker takes the complete chunk
                c = (i + 1 - (s - (p - 1))) % p
                chunks[receiver][c] = chunks[i][c].copy()
            sent[i] += len(chunks[i][c])
    return [np.concatenate(worker) for worker in chunks], sent
