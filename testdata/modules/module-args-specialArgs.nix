# specialArgs (the corpus passes specialValue = "from specialArgs")
{ lib, specialValue, ... }:
{
  options.s = lib.mkOption { type = lib.types.str; };
  config.s = specialValue;
}
