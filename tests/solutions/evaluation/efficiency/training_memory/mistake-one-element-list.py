# expect: a list holding one value \(20\.8\), not a number: take the value out, with ANSWER\[0\]
# The right total, left in a list of one.
ANSWER = [1.3e9 * 16 / 1e9]
