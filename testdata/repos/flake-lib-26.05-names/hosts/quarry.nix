{ lib, ... }: {
  networking.hostName = "quarry";
  environment.etc."quarry.json".text = builtins.toJSON (lib.replaceElemAt [ "a" "b" ] 1 "c");
}
