# A host pinned with npins and built with `nixos-rebuild switch -f default.nix`: nixpkgs'
# eval-config.nix from the pinned source, whose path npins lets a developer override
# with an environment variable (`NPINS_OVERRIDE_nixos`), unset where the host deploys.
let
  sources = import ./npins;
in
import "${sources.nixos}/nixos/lib/eval-config.nix" {
  system = null;
  modules = [ ./configuration.nix ];
}
