{ config, lib, pkgs, stable, ... }:
let
  port = 8080;
  flags = lib.cli.toCommandLine (name: {
    option = if builtins.stringLength name > 1 then "--${name}" else "-${name}";
    sep = " ";
    explicitBool = false;
  });
in
{
  system.stateVersion = "25.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";

  systemd.services.llama-server = {
    wantedBy = [ "multi-user.target" ];
    serviceConfig.ExecStart = lib.mkForce (toString [
      (lib.getExe' pkgs.llama-cpp "llama-server")
      (flags { inherit port; host = "10.80.0.1"; ctx-size = 8192; })
    ]);
  };

  containers.webui = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.80.0.1";
    localAddress = "10.80.0.2";
    bindMounts."/var/lib/open-webui" = { hostPath = "srv/open-webui"; isReadOnly = false; };
    config = { lib, ... }: with lib; {
      system.stateVersion = "25.11";
      environment.systemPackages = [ stable.sqlite ];
      networking.firewall.allowedTCPPorts = [ 3000 ];
      systemd.services.open-webui.environment.OLLAMA_API_BASE_URL =
        concatStringsSep ":" [ "http://10.80.0.1" (toString port) ];
    };
  };
}
