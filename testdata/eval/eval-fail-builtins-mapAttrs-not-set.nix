builtins.mapAttrs (n: v: v) [ ]
