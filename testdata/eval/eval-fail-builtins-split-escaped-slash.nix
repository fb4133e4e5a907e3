# `\/` escapes a character that is not special: an invalid pattern for Nix
builtins.split "\\/" "a/b"
