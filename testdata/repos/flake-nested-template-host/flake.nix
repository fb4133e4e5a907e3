# A repository whose root flake declares its own machine and offers a template that is
# a flake of its own (`templates/workstation/flake.nix`, copied by `nix flake init -t`),
# whose machine module is the template's, with a placeholder host name the user
# replaces. The editor checks that module through the template's flake, the nearest
# above it whose hosts read it; given alone on the command line (a commit that touches
# only it), ncc looked for its project from the root, whose machine does not read it,
# and checked it on its own, where the placeholder was only a note. Now the command
# line too checks a file no host of the project reads through the flake, hive or
# network of its own above it whose hosts do, and both say what NixOS says of the
# template's machine: the placeholder is no host name.
{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-25.05";
  outputs = { nixpkgs, ... }: {
    nixosConfigurations.builder = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./machines/builder.nix ];
    };
    templates.workstation = {
      path = ./templates/workstation;
      description = "A workstation with a sandbox container";
    };
  };
}
