# Host interfaces moved into the container: INTERFACES, space-separated, quoted.
{
  system.stateVersion = "24.05";
  containers.router = {
    path = "/nix/var/nix/profiles/per-container/router";
    interfaces = [ "eth1" "eth2" "wlan0" ];
  };
}
