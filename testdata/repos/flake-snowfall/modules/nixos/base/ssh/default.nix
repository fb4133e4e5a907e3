{ lib, host, ... }:
{
  services.openssh.enable = true;
  services.openssh.settings.PermitRootLogin = "no";
  users.motd = "This is ${host}.";
}
