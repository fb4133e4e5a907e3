let f = s: s.a; in f { a = 3; }
