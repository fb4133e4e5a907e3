derivation { name = "x"; builder = "/bin/sh"; system = "x86_64-linux"; outputs = [ "out" "dev" ]; outputHash = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="; }
