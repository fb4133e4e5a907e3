let a = 5; b = 2; in a -b
