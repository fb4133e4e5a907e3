let mk = n: (x: x + n); f = mk 10; in f 5
