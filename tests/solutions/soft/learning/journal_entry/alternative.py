# A list of letters is accepted as well as a string.
ANSWER = ["B"]
