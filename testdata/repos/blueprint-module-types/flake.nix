# A blueprint flake with modules of its own types beside `nixos`: blueprint makes each
# directory of modules/ a group of `modules` (`modules.server.default`,
# `modules.disko.single`), and gives a module that is a function of `flake` and
# `inputs` alone the publishing flake's. The host takes its profiles from them with
# `with flake.modules;` and is checked: the port it forwards into a container whose
# firewall does not open it is reported.
{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    blueprint.url = "github:numtide/blueprint";
    blueprint.inputs.nixpkgs.follows = "nixpkgs";
  };
  outputs = inputs: inputs.blueprint { inherit inputs; };
}
