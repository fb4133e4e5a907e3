# _module next to `options` is an unsupported top-level attribute
{ lib, ... }:
{
  _module.args.foo = 1;
  options.a = lib.mkOption { type = lib.types.int; default = 1; };
}
