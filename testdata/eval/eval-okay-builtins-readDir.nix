{
  entries = builtins.readDir ./dir;
  types = map builtins.typeOf (builtins.attrValues (builtins.readDir ./dir));
}
