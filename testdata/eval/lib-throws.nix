throw "thrown by lib-throws.nix"
