{ lib, pkgs, ... }:
{
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";

  systemd.services.llama-server = {
    wantedBy = [ "multi-user.target" ];
    serviceConfig.ExecStart = toString [
      (lib.getExe' pkgs.llama-cpp "llama-server")
      (lib.cli.toCommandLine (name: { option = "--${name}"; sep = " "; explicitBool = false; }) { port = 8080; })
    ];
  };
}
