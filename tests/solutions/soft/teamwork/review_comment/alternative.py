# Only one option is right here, so the alternative is the same letter in a list.
ANSWER = ["e"]
