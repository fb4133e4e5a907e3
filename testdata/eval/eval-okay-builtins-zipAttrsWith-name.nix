builtins.zipAttrsWith (name: values: name + toString (builtins.length values)) [ { x = 1; } { x = 2; } ]
