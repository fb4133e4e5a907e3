# A 12-character name with a private network on a host that follows the newest kernel
# nixpkgs has: newer than 5.8, so NixOS's assertion does not apply, and `ve-mail-relay-1`
# fits Linux's 15 bytes as it is.
{ pkgs, ... }:
{
  boot.kernelPackages = pkgs.linuxPackages_latest;

  containers.mail-relay-1 = {
    privateNetwork = true;
    hostAddress = "10.231.138.1";
    localAddress = "10.231.138.2";
    config = { };
  };
}
