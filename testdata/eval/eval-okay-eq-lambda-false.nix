(x: x) == (x: x)
