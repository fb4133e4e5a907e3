builtins.hashString "sha3" "hello"
