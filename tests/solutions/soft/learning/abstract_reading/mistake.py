# expect: repeats the headline
ANSWER = "A"
