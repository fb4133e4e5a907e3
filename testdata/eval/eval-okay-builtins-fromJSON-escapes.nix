builtins.fromJSON ''"a\nb\u00e9\"\\\/"''
