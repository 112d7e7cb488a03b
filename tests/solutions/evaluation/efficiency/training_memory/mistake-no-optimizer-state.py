# expect: optimiser's state is missing
# The float16 weight and gradient only, forgetting the optimiser's state (the slip the
# statement warns about). Before the fix the message said "that is the weights in
# float32 only: add the gradients", which the gradients were already in.
bytes_per_parameter = 2 + 2  # float16 weight, float16 gradient
ANSWER = bytes_per_parameter * 1.3e9 / 1e9
