builtins.storePath "/tmp/not-in-any-store"
