# The flake's library: each host of `hosts/`, and the address its container gets.
{ lib, ... }:
{
  hostFor = name: {
    system = "x86_64-linux";
    specialArgs.pantryAddress = "10.40.0.${toString (lib.stringLength name)}";
    modules = [ (./hosts + "/${name}.nix") ];
  };
}
