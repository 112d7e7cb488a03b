# expect: approves a change that leaks test data
ANSWER = "C"
