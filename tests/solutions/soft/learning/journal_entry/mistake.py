# expect: documentation will still be there
ANSWER = "C"
