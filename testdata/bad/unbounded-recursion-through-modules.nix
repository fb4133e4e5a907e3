# A module that imports a fresh copy of itself forever.
let module = n: { imports = [ (module (n + 1)) ]; };
in module 0
