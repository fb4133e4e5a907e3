# A file read through the project's EvalIo, hashed as its bytes.
map (algorithm: builtins.hashFile algorithm ./dir/default.nix) [ "md5" "sha1" "sha256" "sha512" ]
