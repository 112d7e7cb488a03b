# The partial derivative of f(w, b) = (w*x + b - y)**2 with respect to w,
# as a string in w, b, x and y.
# Example for g(w, b) = (w + 2*b)**2, dg/db: ANSWER = "4*(w + 2*b)"
ANSWER = ""
