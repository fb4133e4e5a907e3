{ inputs, lib }:
let
  mkModules = name: host:
    lib.unique (
      (host.profiles or [ ])
      ++ (host.modules or [ ])
      ++ [ ({ ... }: { networking.hostName = name; }) ]
      ++ (host.extraModules or [ ])
    );
in
lib.mapAttrs (name: host:
  lib.nixosSystem {
    system = "x86_64-linux";
    specialArgs = { inherit inputs; };
    modules = mkModules name host;
  })
