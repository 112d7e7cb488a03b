# expect: first request of each batch waits up to 100 ms.*about a quarter of all
# Holding requests up to 100 ms for large batches: the wait alone uses the budget.
# The feedback now works out the latency at the stated peak instead of a full batch.
ANSWER = "A"
