# Letters separated by a comma and a space read the same as "BE".
ANSWER = "B, E"
