# The letter may be written in lower case, or inside a list: both read as "D".
ANSWER = ["d"]
