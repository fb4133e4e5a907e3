import ./lib-formals.nix { name = "x"; }
