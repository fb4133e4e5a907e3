# an abort in a definition that is used
{ lib, ... }:
{
  options.a = lib.mkOption { type = lib.types.int; };
  config.a = abort "the definition aborts";
}
