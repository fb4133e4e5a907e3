[ (builtins.toPath "/a/b/../c//d/.") (builtins.typeOf (builtins.toPath "/x")) ]
