{ lib, ... }:
{
  security.sudo.execWheelOnly = true;
  boot.kernel.sysctl."kernel.kptr_restrict" = lib.mkDefault 2;
}
