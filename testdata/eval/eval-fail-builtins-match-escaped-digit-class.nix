# `\d` is no POSIX escape: Nix's matcher rejects the pattern
builtins.match "v(\\d+)" "v12"
