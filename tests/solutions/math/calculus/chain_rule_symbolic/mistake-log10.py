# expect: base-10 logarithm.*natural logarithm
# Differentiates log as if it were log10. Before the fix it got only a point where it
# differs, with nothing about the base.
ANSWER = "3*exp(3*x)/((1 + exp(3*x))*log(10))"
