{ modulesPath, ... }: {
  imports = [ (modulesPath + "/virtualisation/qemu-vm.nix") ];
  boot.loader.grub.device = "nodev";
  fileSystems."/".device = "/dev/vda";
  system.stateVersion = "25.11";
  containers.inbox = {
    autoStart = true;
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = { services.nginx.enable = true; };
  };
}
