# Implicit products, ^ for a power and E for Euler's number: "3E^(3x)" is read as
# 3*exp(3*x). Before the statement said so, "3e^(3x)" was refused with only "'e' is
# neither a symbol of this exercise (x) nor a function".
ANSWER = "3E^(3x) / (E^(3x) + 1)"
