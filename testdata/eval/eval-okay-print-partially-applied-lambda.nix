(a: b: a) 1
