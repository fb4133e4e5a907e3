# mkMerge inside mkMerge, with mkIf inside
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ];
  items = lib.mkMerge [
    [ "a" ]
    (lib.mkMerge [ [ "b" ] (lib.mkIf false [ "x" ]) (lib.mkMerge [ [ "c" ] ]) ])
    (lib.mkIf true (lib.mkMerge [ [ "d" ] ]))
  ];
}
