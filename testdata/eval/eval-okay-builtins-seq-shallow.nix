builtins.seq { a = throw "not forced"; } "done"
