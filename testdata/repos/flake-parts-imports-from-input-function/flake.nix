{
  inputs = {
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
    flake-parts.url = "github:hercules-ci/flake-parts";
    helpers.url = "github:example/helpers";
  };

  # The flake module's modules are the files of ./flake as an input's function lists
  # them, which ncc does not evaluate: one of them declares the host, so the flake has
  # hosts ncc cannot check, not none. Given every file, the host is checked on its own.
  outputs = inputs: inputs.flake-parts.lib.mkFlake { inherit inputs; } ./flake;
}
