{ pkgs, config, ... }:
{
  system.stateVersion = "24.11";
  containers.blog = import ./blog.nix { inherit pkgs config; };
}
