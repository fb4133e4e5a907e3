final: prev: {
  motd = final.callPackage ../pkgs/motd.nix { };
}
