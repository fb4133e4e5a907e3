# `]` is special only after `[`: escaping it is an invalid pattern for Nix
builtins.match "a\\]" "a]"
