# The reverse proxy in a container. The module asks for `pkgs` and `lib` alone: NixOS
# calls it with `config`, `options` and the rest too, so nixos-rebuild stops.
{ pkgs, lib }:
{
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    config = { ... }: {
      services.caddy.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 443 ];
    };
  };
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-proxy" ];
    externalInterface = lib.mkDefault "eth0";
  };
}
