# expect: Batch size has to be chosen under the latency budget
ANSWER = "A"
