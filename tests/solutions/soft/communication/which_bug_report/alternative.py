# A one-letter tuple is read like the string "D".
ANSWER = ("d",)
