# A channel-era host whose repository also keeps a container tool's files: a container's
# description (containers/web.nix: the tool's `network` settings and a `configuration`
# taking the address it gives), no NixOps network; and small expressions a shell script
# evaluates with `nix-instantiate --eval helpers/ip.nix --arg config "import
# containers/web.nix"`, which take a `config` but are no modules: one reads a value from
# it, the other asks whether it is there. Given with every file (as pre-commit gives
# them), none is checked as a host of its own.
{ config, pkgs, ... }:
{
  imports = [ ./hardware-configuration.nix ];

  boot.loader.grub.device = "/dev/sda";
  networking.hostName = "box";
  system.stateVersion = "24.05";

  networking.nat = {
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  };

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.40.0.1";
    localAddress = "10.40.0.2";
    config = { pkgs, ... }: {
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "24.05";
    };
  };
}
