{ lib, pkgs, ... }:
{
  boot.kernelParams = [ "apple_dcp.show_notch=1" ];
  hardware.graphics.enable = lib.mkDefault pkgs.stdenv.hostPlatform.isAarch64;
}
