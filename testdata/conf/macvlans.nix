# Macvlans from host interfaces, with a private network.
{
  system.stateVersion = "24.05";
  containers.mv = {
    path = "/nix/var/nix/profiles/per-container/mv";
    privateNetwork = true;
    macvlans = [ "eno1" "enp3s0" ];
  };
}
