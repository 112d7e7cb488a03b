# expect: square was kept
# The chain rule's factors 2 and x written, but the outer square not lowered. Before the
# fix only (w*x + b - y)**2*x was recognised; this one got only a point where it differs.
ANSWER = "2*x*(w*x + b - y)**2"
