{sources}: hostName: cfg:
import (sources.nixpkgs + "/nixos/lib/eval-config.nix") {
  modules = [
    (sources.impermanence + "/nixos.nix")
    ({config, lib, ...}: {
      _module.args = {
        inherit sources;
        isTest = false;
      };
      networking.hostName = hostName;
      nixpkgs.hostPlatform = lib.mkDefault "x86_64-linux";
    })
    cfg
  ];
}
