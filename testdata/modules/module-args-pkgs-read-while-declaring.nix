# `pkgs` comes from `config._module.args`, and a module may read it while its options
# are declared (`with pkgs;` looks names up in `pkgs` first; `inherit (pkgs.lib)
# mkOption`): nixpkgs merges `_module.args` without the other declarations, so this is
# no infinite recursion. One module defines `_module.args.pkgs` from an option of its
# own, as NixOS's nixpkgs module does from `config.nixpkgs`.
{ lib, ... }: {
  imports = [
    ({ config, ... }: {
      options.helloName = lib.mkOption { default = "hello-2.12"; };
      config._module.args.pkgs = { inherit lib; hello = config.helloName; };
    })
    ({ pkgs, ... }: with lib; with pkgs; {
      options.viaWith = mkOption { type = types.str; default = hello; };
    })
    ({ pkgs, ... }: let inherit (pkgs.lib) mkOption types; in {
      options.viaInherit = mkOption { type = types.int; default = 2; };
    })
  ];
}
