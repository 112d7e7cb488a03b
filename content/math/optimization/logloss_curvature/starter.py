# The second derivative in w of l(w) = log(1 + exp(w*x)) - y*w*x, as a string in w, x, y.
# Example for g(w) = (w*x - y)**2: ANSWER = "2*x**2"
ANSWER = ""
