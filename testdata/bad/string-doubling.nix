# Doubling a string 64 times would need 2^64 bytes.
let big = builtins.foldl' (s: _: s + s) "x" (builtins.genList (i: i) 64);
in {
  containers.web.config = { };
  containers.web.extraFlags = [ big ];
}
