# expect: weight and its gradient were counted in float32
# Every array counted in float32, the master copy included. Before the fix it was told to
# "count the float32 master copy once", which it had.
bytes_per_parameter = 4 + 4 + 4 + 4 + 4  # weight, gradient, master, m, v
ANSWER = bytes_per_parameter * 1.3e9 / 1e9
