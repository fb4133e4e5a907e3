# A host of `nixDir`: flakelight calls the file with its module arguments.
{ inputs, outputs, ... }:
{
  system = "x86_64-linux";
  modules = [
    inputs.sops-nix.nixosModules.sops
    outputs.nixosModules.tunnel
    ../../hosts/relay.nix
  ];
}
