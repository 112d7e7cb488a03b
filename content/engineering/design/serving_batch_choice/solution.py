"""C. Work out each design's throughput per GPU and its worst-case latency:

- one request per pass: 125 requests/s per GPU, 16 GPUs at full load;
- batches of up to 32 with a 5 ms deadline: up to 32 / 12 ms, about 2,700 requests/s
  per GPU, and a worst case of about 5 ms waiting plus two batches of 12 ms;
- batches of 256 every 100 ms: about 4,300 requests/s, but up to 160 ms per request.

Only dynamic batching meets both targets on few machines; the second replica is for
failures, and a replayed peak checks the queueing the arithmetic leaves out.

The common wrong answer is A: reading the most efficient batch size off the benchmark
and forgetting that collecting the batch is part of every request's latency. D meets
the latency at eight times the cost, and B assumes the inputs are known in advance.
"""

ANSWER = "C"
