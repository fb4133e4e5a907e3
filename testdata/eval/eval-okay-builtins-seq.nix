builtins.seq 1 "done"
