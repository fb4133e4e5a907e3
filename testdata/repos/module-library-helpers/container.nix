# The helper: `import ./container.nix { inherit config pkgs lib; } settings`. Given alone
# (a commit that changes only it), it is no module and no host reaches it.
{ config, pkgs, lib, ... }: cfg:
with lib;
{
  name = cfg.name;
  value = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = cfg.address;
    config = { ... }: {
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "25.11";
    };
  };
}
