# Read the pull request and the five ways to respond in the statement, then
# write the letter of the best one between the quotes, for example ANSWER = "C".
# Only the letter is read; this file is never run.
ANSWER = ""
