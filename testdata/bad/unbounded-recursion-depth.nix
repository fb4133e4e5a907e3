# A function that calls itself forever: the call-depth limit stops it.
let count = n: count (n + 1);
in {
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (count 0)) ];
}
