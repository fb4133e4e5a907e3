let
  names = builtins.genList (i: { name = "c${toString i}"; value = { }; }) 100000000;
in {
  containers = builtins.listToAttrs names;
}
