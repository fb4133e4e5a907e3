[ (builtins.isFunction fetchTarball) (builtins.isFunction placeholder) (builtins.isFunction scopedImport) ]
