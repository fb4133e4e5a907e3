# one option declared in two modules: type in one, description and
# default in the other
{ lib, ... }:
{
  imports = [ { options.a = lib.mkOption { description = "A."; default = 5; }; } ];
  options.a = lib.mkOption { type = lib.types.int; };
}
