[ (builtins.bitAnd (-1) 255) (builtins.bitOr (-8) 1) (builtins.bitXor (-1) 0) ]
