baseNameOf (./dir + "/default.nix")
