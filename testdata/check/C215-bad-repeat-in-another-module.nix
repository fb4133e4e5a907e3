# The list is defined in two modules, as a fleet's overrides module adds a flag: each
# finding points at the definition that holds the flag, not at the first one.
{ lib, ... }:
{
  imports = [
    { containers.worker.extraFlags = [ "--ephemeral" ]; }
  ];
  containers.worker = {
    ephemeral = true;
    privateNetwork = true;
    extraFlags = [ "--drop-capability=CAP_SYS_CHROOT" "--private-network" ];
    config = { };
  };
}
