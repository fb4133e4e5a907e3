{
  flake.modules.nixos.web = {
    networking.hostName = "web";
    containers.blog = {
      autoStart = true;
      bindMounts."/var/www".hostPath = "srv/www";
      config = { services.nginx.enable = true; };
    };
  };
  # A second file may add to the same module.
  flake.modules.nixos.base.time.timeZone = "UTC";
}
