# expect: 18 bytes per parameter.*gradient
# The gradient counted in float32 (4 bytes) although the recipe keeps it in float16, next
# to the weight it belongs to. Before the fix the message only said "add the bytes per
# parameter of each of the five arrays", which this answer had done.
bytes_per_parameter = 2 + 4 + 4 + 4 + 4  # fp16 weight, fp32 grad (wrong), master, m, v
ANSWER = bytes_per_parameter * 1.3e9 / 1e9
