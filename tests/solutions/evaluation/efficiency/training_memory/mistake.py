# expect: float32 master copy|master
# Forgets the float32 master weights.
ANSWER = (2 + 2 + 4 + 4) * 1.3e9 / 1e9
