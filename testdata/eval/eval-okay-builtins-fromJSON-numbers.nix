# Integers past the largest Nix integer wrap around as Nix 2.8 casts them; past the
# largest unsigned one, and with a fraction or an exponent, they are floats.
builtins.fromJSON ''
  [ 18446744073709551615, 9223372036854775808, 100000000000000000000,
    -9223372036854775808, -0, 0, 1E2, 0.1e1, 2.5e-3, {"n": [1, {"m": -7}]} ]
''
++ builtins.fromJSON ''[-0, -0.0, -0e0, 0.0, -0E+1, {"-0": "-0", "a":-0}, "\"-0", -0 ]''
++ [ (builtins.fromJSON "-0") (builtins.fromJSON " -0.0") ]
