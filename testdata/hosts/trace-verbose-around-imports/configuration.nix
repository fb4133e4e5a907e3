# A host that marks what it loads with `builtins.traceVerbose` (Nix 2.10 and later),
# which Nix prints only under `--trace-verbose`: the value is the list of imports, and
# its container, in the imported file, binds a relative path.
{ lib, ... }:
{
  imports = builtins.traceVerbose "loading the archive host" [ ./archive.nix ];

  networking.hostName = builtins.traceVerbose "naming the host" "archive";
  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
