# A machine evaluated on its own that runs as an nspawn container elsewhere: it says so
# with `boot.isNspawnContainer`, which NixOS's `boot.isContainer` takes as its default.
# A shared module turns its tunnel off in containers, and the machine asserts that no
# port is open on every interface.
{ config, lib, ... }:
{
  imports = [
    (
      { config, lib, ... }:
      {
        options.mesh.enable = lib.mkEnableOption "the mesh tunnel" // {
          default = !config.boot.isContainer;
        };
        config = lib.mkIf config.mesh.enable {
          networking.firewall.allowedUDPPorts = [ 51999 ];
        };
      }
    )
  ];

  boot.isNspawnContainer = true;
  networking.hostName = "sandbox";

  assertions = [
    {
      assertion = config.networking.firewall.allowedUDPPorts == [ ];
      message = "UDP ports open on all interfaces: ${
        lib.concatMapStringsSep " " toString config.networking.firewall.allowedUDPPorts
      }";
    }
  ];

  system.stateVersion = "25.11";
}
