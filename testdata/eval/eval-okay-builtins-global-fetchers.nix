[ (builtins.isFunction fetchGit) (builtins.isFunction fetchMercurial) (builtins.isFunction fetchTree) (builtins.isFunction fromTOML) (builtins.isFunction derivationStrict) (fromTOML "a = 1") ]
