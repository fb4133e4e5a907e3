# colmena reads hive.nix: its machines are the systems of a project made by a library
# fetched at deploy time (`nilla`-style), each node importing what that project's system
# was made of. ncc stands in for the library, so which machines there are is unknown:
# not three machines named after a stand-in's own attributes.
let
  framework = import (builtins.fetchTarball "https://example.org/framework/archive/main.tar.gz");
  project = framework.create { includes = [ ./machines ]; };
  systems = builtins.mapAttrs (name: system: system.result) project.systems.nixos;
in
{
  meta = {
    description = "Machines of the project";
    nixpkgs = project.inputs.nixpkgs.result;
    nodeSpecialArgs = builtins.mapAttrs (name: system: system._module.specialArgs) systems;
  };
}
// builtins.mapAttrs (name: system: { imports = system._module.args.modules; }) systems
