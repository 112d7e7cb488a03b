# Several options: any order, separated by commas or spaces.
ANSWER = "f, d, b, a"
