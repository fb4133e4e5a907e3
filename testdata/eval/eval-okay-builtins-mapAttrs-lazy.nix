(builtins.mapAttrs (n: v: throw "never") { a = 1; }) ? a
