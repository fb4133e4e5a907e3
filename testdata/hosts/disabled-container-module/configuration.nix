# A host that replaces NixOS's container module with a patched copy of its own, as some
# real hosts do to carry a fix before it reaches their channel: `disabledModules` removes
# the upstream module (its options with it), and the copy declares them again. These
# containers are the copy's, not NixOS's: ncc does not check or write them as NixOS's.
{ modulesPath, ... }:
{
  disabledModules = [ "virtualisation/nixos-containers.nix" ];
  imports = [
    (modulesPath + "/installer/scan/not-detected.nix")
    ./nixos-containers-patched.nix
  ];

  networking.hostName = "vault";
  system.stateVersion = "24.05";
  boot.loader.systemd-boot.enable = true;

  containers.backup = {
    autoStart = true;
    config = { ... }: {
      services.restic.server.enable = true;
      system.stateVersion = "24.05";
    };
  };
}
