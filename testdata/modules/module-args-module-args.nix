# _module.args defines arguments for every module
{ lib, ... }:
{
  imports = [
    { _module.args.greeting = "hi"; }
    ({ greeting, ... }: { s = "${greeting} there"; })
  ];
  options.s = lib.mkOption { type = lib.types.str; };
}
