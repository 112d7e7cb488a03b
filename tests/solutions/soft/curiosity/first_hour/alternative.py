# Several options: any order, separated by commas or spaces.
ANSWER = "g, e, c, b"
