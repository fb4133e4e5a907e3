builtins.trace "message on stderr" 1
