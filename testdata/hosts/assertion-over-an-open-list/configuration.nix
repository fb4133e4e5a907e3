# A host whose machine module asserts what its kernel command line holds, as a flake of
# 2024-2026 writes it: one assertion asks for `root=fstab`, which NixOS's systemd initrd
# module adds itself, and one that no `i915.` parameter comes back from a hardware module.
# Both read `boot.kernelParams`, an option ncc does not model, whose value it knows only
# in part: the items the host's modules define, not those NixOS's own add. A list
# holding an item answers `elem` (`quiet`); one lacking it does not: that is unknown
# (N301), where ncc said "Failed assertions" (M008) and NixOS builds the host. An
# option the host declares itself is known whole, and its failed assertion stays M008.
{ config, lib, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  options.forge.requiredParams = lib.mkOption {
    type = lib.types.listOf lib.types.str;
    default = [ ];
  };

  config = {
    system.stateVersion = "25.05";
    networking.hostName = "forge";
    boot.loader.systemd-boot.enable = true;
    boot.initrd.systemd.enable = true;
    boot.kernelParams = lib.mkBefore [ "quiet" ];
    forge.requiredParams = [ "quiet" ];

    containers.builder = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.40.0.1";
      localAddress = "10.40.0.2";
      config = { ... }: {
        system.stateVersion = "25.05";
      };
    };

    assertions = [
      {
        assertion = lib.elem "root=fstab" config.boot.kernelParams;
        message = "root=fstab is missing from boot.kernelParams";
      }
      {
        assertion = lib.elem "quiet" config.boot.kernelParams;
        message = "quiet is missing from boot.kernelParams";
      }
      {
        assertion = !(lib.any (param: lib.hasPrefix "i915." param) config.boot.kernelParams);
        message = "i915 parameters are back on the kernel command line";
      }
      {
        assertion = lib.elem "splash" config.forge.requiredParams;
        message = "splash is missing from forge.requiredParams";
      }
    ];
  };
}
