import "./lib-value.nix"
