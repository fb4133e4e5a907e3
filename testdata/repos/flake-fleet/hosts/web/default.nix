# The web machine: the blog, whose attributes live in ./blog.nix, and every container
# of ../../containers, one file each.
{ config, lib, pkgs, inputs, ... }:
{
  imports = map (name: ../../containers + "/${name}")
    (builtins.attrNames (builtins.readDir ../../containers));

  system.stateVersion = "24.11";

  containers.blog = import ./blog.nix { inherit pkgs config; };
}
