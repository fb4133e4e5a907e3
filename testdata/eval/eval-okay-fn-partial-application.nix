let add = a: b: a + b; inc = add 1; in inc 41
