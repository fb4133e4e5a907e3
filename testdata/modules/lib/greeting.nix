# A module function: declares `greeting` and defines it from `config.who`.
{ config, lib, ... }:
{
  options.greeting = lib.mkOption { type = lib.types.str; };
  config.greeting = "hello ${config.who}";
}
