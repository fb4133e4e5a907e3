# builtins.readDir lists a directory: each name with its type.
let listing = builtins.readDir ./dir; in
{ inherit listing; names = builtins.attrNames listing; }
