# Raspberry Pi hosts made with another flake's `lib.nixosSystem` (nvmd/nixos-raspberrypi
# wraps nixpkgs' to add its board modules): each is the host nixpkgs' makes of the
# modules given, with the wrapper's own modules ones ncc does not evaluate, and
# `extendModules` adds to it. Both are checked: the container's relative bind mount
# source is reported, in both.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    nixos-raspberrypi.url = "github:nvmd/nixos-raspberrypi/main";
  };
  outputs = { self, nixos-raspberrypi, ... }: {
    nixosConfigurations.pi-base = nixos-raspberrypi.lib.nixosSystem {
      system = "aarch64-linux";
      specialArgs = { inherit self; };
      modules = [
        nixos-raspberrypi.nixosModules.raspberry-pi-5.base
        ./hosts/pi.nix
      ];
    };
    nixosConfigurations.pi-sensors = self.nixosConfigurations.pi-base.extendModules {
      modules = [ { networking.hostName = "pi-sensors"; } ];
    };
  };
}
