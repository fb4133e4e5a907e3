let s = toString ./dir/default.nix; l = builtins.stringLength s; in builtins.substring (l - 15) 15 s
