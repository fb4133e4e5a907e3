(args@{ a, ... }: builtins.attrNames args) { a = 1; b = 2; }
