# A repository without a flake, pinned niv-style in sources.json, whose hosts are built
# with `nix-build -A hosts.web.config.system.build.toplevel`: a table under `hosts`, each
# made by mkHost.nix with nixpkgs' eval-config.nix. Its other attributes are no systems.
let
  sources =
    builtins.mapAttrs
    (_: source: source // {outPath = builtins.fetchTarball {inherit (source) url sha256;};})
    (builtins.fromJSON (builtins.readFile ./sources.json));

  pkgs = import sources.nixpkgs {};

  hosts = builtins.mapAttrs (import ./mkHost.nix {inherit sources;}) {
    web = {
      imports = [./hosts/web.nix ./modules/backup.nix];
      system.stateVersion = "24.05";
    };
    db = {
      imports = [./hosts/db.nix];
      system.stateVersion = "24.05";
    };
  };
in {
  inherit sources pkgs hosts;
  ciJobs = pkgs.lib.recurseIntoAttrs {
    hosts = builtins.mapAttrs (_: system: system.config.system.build.toplevel) hosts;
  };
}
