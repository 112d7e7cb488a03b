# A one-letter tuple is read like the string "B".
ANSWER = ("b",)
