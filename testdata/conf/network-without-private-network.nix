# Network options without privateNetwork: NixOS writes none of them (ncc may warn, but
# the .conf must be NixOS's).
{
  system.stateVersion = "24.05";
  containers.shared = {
    path = "/nix/var/nix/profiles/per-container/shared";
    hostAddress = "10.1.1.1";
    localAddress = "10.1.1.2";
    localMacAddress = "aa:bb:cc:dd:ee:ff";
    forwardPorts = [ { hostPort = 80; } ];
  };
}
