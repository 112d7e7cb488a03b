# expect: in MB \(10\*\*6 bytes\)
# The right 16 bytes per parameter, but converted to MB instead of GB. Before the fix
# the message read "20800 GB is not the total: add the bytes per parameter...", which
# points at the byte count, not the unit.
ANSWER = (2 + 2 + 4 + 4 + 4) * 1.3e9 / 1e6
