# A flake whose users live in a private input's file (`import nix-secrets.varsFile`),
# which ncc does not fetch, and a module that asserts each user's record is complete,
# naming the user: those assertions test ncc's stand-in for the file, not what Nix
# reads, so each is unknown (a warning), never a failed assertion. The assertion on the
# host's own data still fails, as NixOS would stop.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    nix-secrets.url = "git+ssh://git@git.example.com/ops/secrets";
  };
  outputs = { nixpkgs, nix-secrets, ... }: {
    nixosConfigurations.depot = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs.VARS = import nix-secrets.varsFile;
      modules = [ ./modules/users.nix ./host.nix ];
    };
  };
}
