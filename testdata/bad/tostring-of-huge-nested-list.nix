let
  wide = builtins.genList (i: i) 1000;
  big = builtins.genList (i: wide) 1000000;
in {
  containers.web.config = { };
  containers.web.extraFlags = [ (toString big) ];
}
