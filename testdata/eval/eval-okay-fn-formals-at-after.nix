({ a, ... }@args: args.b + a) { a = 1; b = 2; }
