# Sorting a long list again and again: each comparison is a step.
let
  items = builtins.genList (i: 1000000 - i) 1000000;
  again = n: if n == 0 then [ ] else builtins.sort (a: b: a < b) items ++ again (n - 1);
in {
  containers.web.config = { };
  containers.web.extraFlags = map toString (again 1000);
}
