# A host whose service modules each assert what they need. The boot server's assertion
# holds; the key oracle's fails, as it would in NixOS: the host asks it to read a PIN
# from a file and names none. The error points into the module whose assertion fails,
# not at another module's definition of `assertions` (before: at netboot.nix), and so
# does the warning, into the module that gives it, not at netboot.nix's empty list.
{ config, lib, ... }:
{
  imports = [
    ./key-oracle.nix
    ./netboot.nix
  ];

  system.stateVersion = "25.11";
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/sda1";

  site.netboot.listen = [ "10.0.0.2" ];
  site.keyOracle = {
    enable = true;
    pinField = "pin";
  };

  containers.oracle = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    config = { ... }: {
      system.stateVersion = "25.11";
    };
  };
}
