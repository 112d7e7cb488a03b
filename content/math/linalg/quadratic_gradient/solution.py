"""Treat b, x and y as constants and use the chain rule: the outer square gives
2*(w*x + b - y) and the inner residual w*x + b - y has derivative x with respect to w.
Read as "2 * residual * input", the same shape holds for every weight of a linear model
(the gradient with respect to the weight vector is 2 * residual * feature vector),
while the bias, whose input is the constant 1, gets 2 * residual. The usual mistakes
are dropping the inner factor x (which is df/db, not df/dw) and differentiating with
respect to x, giving 2*w*(w*x + b - y).
"""

ANSWER = "2*x*(w*x + b - y)"
