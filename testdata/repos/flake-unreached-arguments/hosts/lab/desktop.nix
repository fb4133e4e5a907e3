{ repo, ... }:
{
  imports = [ "${repo}/home/session.nix" ];
  services.xserver.enable = true;
}
