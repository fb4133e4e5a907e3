[ (builtins.isBool true) (builtins.isBool null) (builtins.isBool 0) ]
