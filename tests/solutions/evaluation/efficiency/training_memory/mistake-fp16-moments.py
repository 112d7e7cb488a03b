# expect: moments were counted in float16
# Adam's two moments counted in half precision like the weight and gradient (2 bytes each);
# the recipe keeps them in float32. Before the fix the 12-byte message did not name it.
weight, grad, master, m, v = 2, 2, 4, 2, 2  # bytes per parameter
ANSWER = (weight + grad + master + m + v) * 1.3e9 / 1e9
