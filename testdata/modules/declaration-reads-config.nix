# An option declared in a scope of config (`with config.machine;`), which nixpkgs
# allows: it declares each option when first asked for, and the names of
# `config.machine` are known without declaring any of them. The default then reads a
# sibling option through that scope.
{ config, lib, ... }:
with lib;
{
  imports = [
    {
      options.machine = {
        cores = mkOption { type = types.int; default = 2; };
        memory = mkOption { type = types.int; };
        capable = with config.machine; mkOption {
          type = types.bool;
          default = cores * memory >= 32;
        };
        label = mkOption {
          type = types.str;
          default = if config.machine.capable then "big" else "small";
        };
      };
    }
    { machine.cores = 8; machine.memory = 16; }
  ];
}
