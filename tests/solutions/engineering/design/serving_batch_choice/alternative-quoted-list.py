# A one-element list in lower case reads the same as "C".
ANSWER = ["c"]
