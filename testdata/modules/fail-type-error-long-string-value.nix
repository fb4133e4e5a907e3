# a multi-line string value is printed as an indented string, 5 lines at most
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = "1\n2\n3\n4\n5\n6\n7\n";
}
