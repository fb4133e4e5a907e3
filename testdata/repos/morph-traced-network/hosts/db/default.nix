{ ... }:
{
  deployment.tags = [ "servers" ];
  deployment.targetHost = "db.example.org";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";
  networking.hostName = "db";
  containers.pg = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.20.1.1";
    localAddress = "10.20.1.2";
    forwardPorts = [ { hostPort = 5432; protocl = "tcp"; } ];
    config = { ... }: {
      services.postgresql.enable = true;
      system.stateVersion = "24.05";
    };
  };
  system.stateVersion = "24.05";
}
