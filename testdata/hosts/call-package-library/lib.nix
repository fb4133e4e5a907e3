{ pkgs, ... }:
with pkgs.lib;
{
  mkUsers = names: mkMerge (map (name: { ${name} = { isNormalUser = true; }; }) names);
}
