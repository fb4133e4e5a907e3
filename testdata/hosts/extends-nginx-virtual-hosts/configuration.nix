# A module that declares nginx's virtual hosts again to add an option of its own
# (`selfSigned`) and set NixOS's options from it: nixpkgs merges the two declarations,
# so NixOS's `forceSSL`, `locations` and `sslCertificate` still exist, and the container
# behind the proxy is checked as usual.
{ config, lib, pkgs, ... }:
{
  imports = [ ./self-signed.nix ];
  system.stateVersion = "25.11";
  services.nginx.enable = true;
  services.nginx.virtualHosts."wiki.lan" = {
    selfSigned = true;
    forceSSL = true;
    locations."/".proxyPass = "http://${config.containers.wiki.localAddress}:8080";
  };
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "eth0"; };
  containers.wiki = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    config = {
      services.wiki-js.enable = true;
      networking.firewall.allowedTCPPorts = [ 8080 ];
      system.stateVersion = "25.11";
    };
  };
}
