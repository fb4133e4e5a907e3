{ self, inputs, ... }: {
  flake.nixosConfigurations.lab = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [
      (self.lib.scratchFor "ines")
      ({ lib, ... }: {
        system.stateVersion = "25.11";
        fileSystems."/".device = "/dev/disk/by-label/root";
        boot.loader.grub.devices = [ "/dev/sda" ];
        users.users.ines = {
          isNormalUser = true;
          uid = self.lib.constants.uids.ines;
        };
        containers.notebook = {
          autoStart = true;
          privateNetwork = true;
          hostAddress = "10.77.0.1";
          localAddress = "10.77.0.2";
          bindMounts."/home/ines/scratch" = {
            hostPath = "${self.lib.constants.scratchRoot}/ines";
            isReadOnly = false;
          };
          config = { ... }: {
            system.stateVersion = "25.11";
            services.jupyter.enable = true;
          };
        };
      })
    ];
  };
}
