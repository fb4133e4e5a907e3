[ (builtins ? warn) (builtins ? readFileType) (builtins ? convertHash) ]
