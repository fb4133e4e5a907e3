{ config, pkgs, hostname, flake, inputs, ... }:
{
  assertions = [
    { assertion = hostname == "relay"; message = "flakelight names the host by its key"; }
    { assertion = inputs ? sops-nix && flake ? outputs && flake ? inputs'; message = "inputs and flake"; }
    { assertion = config.nixpkgs.config.allowUnfree; message = "the flake's nixpkgs.config"; }
  ];

  networking.hostName = hostname;
  environment.systemPackages = [ pkgs.siteTools ];

  containers.ingress = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "${config.site.tunnel.subnet}.1";
    localAddress = "${config.site.tunnel.subnet}.2";
    bindMounts."/var/lib/ingress" = {
      hostPath = "var/lib/ingress";
      isReadOnly = false;
    };
    config = { ... }: {
      services.nginx.enable = true;
      system.stateVersion = "25.11";
    };
  };

  boot.loader.grub.devices = [ "/dev/vda" ];
  fileSystems."/".device = "/dev/vda1";
  system.stateVersion = "25.11";
}
