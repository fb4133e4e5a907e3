# `pkgs` is an ordinary module argument for lib.evalModules
{ lib, ... }:
{
  imports = [
    { _module.args.pkgs = { hello = { name = "hello-2.12"; }; }; }
    ({ pkgs, ... }: { s = pkgs.hello.name; })
  ];
  options.s = lib.mkOption { type = lib.types.str; };
}
