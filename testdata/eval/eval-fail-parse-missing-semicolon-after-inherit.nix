{
  a = 1;
  inherit (builtins) head tail
  b = 2;
}
