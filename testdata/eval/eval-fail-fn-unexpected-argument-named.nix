let g = { a }: a; in g { a = 1; c = 2; }
