# A host asserts what it needs through lib (assertMsg, throwIf): the failure is raised
# inside lib, and shown where the host called it.
{ lib, ... }:
let
  wanted = [ "x86_64-linux" ];
  system = "aarch64-linux";
in
{
  containers.vault = {
    privateNetwork = true;
    autoStart = lib.throwIfNot (builtins.elem system wanted)
      "vault runs on ${toString wanted} only, not ${system}" true;
    config = { };
  };
}
