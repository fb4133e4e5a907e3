# The web machine: the blog, whose attributes live in ./blog.nix, and every container
# of ../../containers, one file each.
{ config, lib, pkgs, inputs, ... }:
{
  imports = map (name: ../../containers + "/${name}")
    (builtins.attrNames (builtins.readDir ../../containers));

  system.stateVersion = "24.11";
  networking.hostName = "web";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };
  environment.systemPackages = with pkgs; [ htop motd ];

  home-manager.users.alice = import ../../home/alice.nix;

  containers.blog = import ./blog.nix { inherit pkgs config; };
}
