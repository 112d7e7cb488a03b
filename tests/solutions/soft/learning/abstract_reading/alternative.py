# A single option written in lower case reads the same.
ANSWER = "c"
