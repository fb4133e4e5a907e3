# The checkout is /etc/nixos; each machine links `host` to its directory of hosts/, which
# git ignores. A host's `../services` is the checkout's services/, read through the link.
{
  imports = [
    ./common.nix
    ./host/configuration.nix
    ./host/hardware.nix
  ];
}
