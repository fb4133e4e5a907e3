# A host whose repository keeps some of its modules encrypted with sops in `private/`:
# sops writes a file of a kind it does not know (a `.nix`) as JSON holding the whole
# cipher text, the repository holds it so, and its owner decrypts it in place
# (`sops -d -i`) before each deployment. The host imports one as a module and one as a
# value; ncc cannot read them, so what they give is unknown, never the syntax errors of
# their JSON, and the containers are still checked (the typo below is reported).
{ config, lib, ... }:
let
  peers = import ./private/peers.nix;
in
{
  imports = [ ./private/tunnel.nix ];
  system.stateVersion = "25.11";
  networking.hostName = "relay";
  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "ens3";
  };

  containers.looking-glass = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.60.0.1";
    localAddress = "10.60.0.2";
    bindMounts."/etc/peers" = { hostPath = peers.directory; };
    config = { services.nginx.enable = true; system.stateVersion = "25.11"; };
  };

  containers.probe = {
    autoStrat = true;
    config = { system.stateVersion = "25.11"; };
  };
}
