baseNameOf ./dir/../lib-value.nix
