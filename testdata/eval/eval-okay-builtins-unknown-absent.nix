[ (builtins ? warn) (builtins ? readFileType) (builtins ? convertHash) (builtins ? traceVerbose) ]
