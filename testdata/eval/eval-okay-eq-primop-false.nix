builtins.add == builtins.add
