# A host importing a disabled module whose unset options have null defaults their type
# does not allow: no error, as in NixOS, since nothing reads them.
{ ... }:
{
  imports = [ ./shaping.nix ];

  containers.router = {
    autoStart = true;
    config.system.stateVersion = "25.05";
  };

  system.stateVersion = "25.05";
}
