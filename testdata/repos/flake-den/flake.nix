# A den flake, as flake-file writes one: every file below modules/ is a flake-parts
# module found by import-tree. den's flake module makes a NixOS host of each
# `den.hosts.x86_64-linux.<name>`: the `nixos` modules of its aspect (`den.aspects.<name>`),
# of the aspects that includes, and of `den.default`, each aspect once. The relay's
# container, from the proxy aspect, misspells a port's protocol; the darwin laptop is
# nix-darwin's and not checked, so its aspect's `nixos` module is no host's.
{
  outputs = inputs: inputs.flake-parts.lib.mkFlake { inherit inputs; } (inputs.import-tree ./modules);

  inputs = {
    den.url = "github:denful/den";
    flake-file.url = "github:vic/flake-file";
    flake-parts.url = "github:hercules-ci/flake-parts";
    import-tree.url = "github:vic/import-tree";
    nixpkgs.url = "github:nixos/nixpkgs/nixos-25.11";
  };
}
