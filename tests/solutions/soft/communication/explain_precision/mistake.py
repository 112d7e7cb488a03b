# expect: describes recall
ANSWER = "D"
