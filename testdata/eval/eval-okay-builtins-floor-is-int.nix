builtins.isInt (builtins.floor 2.7)
