let unused = import ./lib-throws.nix; in "fine"
