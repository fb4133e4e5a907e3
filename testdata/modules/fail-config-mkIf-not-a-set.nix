# mkIf over a module's whole config is pushed into its attributes, so its content
# must be a set
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ];
  config = lib.mkIf true [ "a" ];
}
