# a list option whose merge filters the list its own type merges (`self.type.merge`)
{ lib, ... }:
let
  base = lib.types.listOf lib.types.str;
  excluded = [ "nano" ];
in
{
  imports = [ { packages = [ "vim" "nano" ]; } { packages = [ "git" ]; } ];
  options.packages = lib.mkOption {
    type = base // {
      merge = loc: defs: lib.subtractLists excluded (base.merge loc defs);
    };
  };
}
