# A channel-era host of a repository that puts its own checkout on NIX_PATH as <infra>
# (`nix-build -I infra=$PWD`, or a deployment tool's `-I`): its modules and data come
# through <infra/...>, and an optional secrets directory through "${<infra>}/secrets".
# <mylib> is another repository on NIX_PATH, which ncc does not have (its modules/common
# is not this repository's).
{ config, lib, pkgs, ... }:
with lib;
{
  imports = [
    ./hardware-configuration.nix
    <infra/modules/nixos>
    <mylib/modules/common>
  ] ++ optionals (builtins.pathExists "${<infra>}/secrets") [ "${<infra>}/secrets" ];

  networking.hostName = "web";
  networking.bridges.br-int.interfaces = [ ];

  containers.proxy = with import <infra/data/net> { }; {
    autoStart = true;
    privateNetwork = true;
    hostBridge = "br-int";
    localAddress = "${proxy.ip}/${toString proxy.prefixLength}";
    config = { ... }: {
      services.haproxy.enable = true;
      system.stateVersion = "20.09";
    };
  };

  system.stateVersion = "20.09";
}
