{ flake, ... }:
{
  imports = [ flake.inputs.self.nixosModules.base ];
  nixos-unified.sshTarget = "root@gateway.lan";
  networking.hostName = "gateway";
  containers.proxy = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.1.1";
    localAddress = "10.233.1.2";
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };
}
