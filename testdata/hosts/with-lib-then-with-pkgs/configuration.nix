# A module opened with `with lib;` whose container lists packages `with pkgs;`: the inner
# `with` is searched first, so `zip` is nixpkgs' Info-ZIP, not `lib.zip` (and `last` the
# aligner, not `lib.last`), while `mkIf` and `optional`, which nixpkgs' top level lacks,
# come from lib.
{ lib, pkgs, config, ... }:
with lib;
let
  cfg = config.services.toolbox;
in
{
  options.services.toolbox.enable = mkEnableOption "the toolbox container";

  config = mkMerge [ { services.toolbox.enable = true; } (mkIf cfg.enable {
    system.stateVersion = "25.11";
    containers.toolbox = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "192.168.100.10";
      localAddress = "192.168.100.30";
      config = { pkgs, ... }: {
        environment.systemPackages = with pkgs; [ vim zip git last ] ++ optional cfg.enable jq;
        system.stateVersion = "25.11";
      };
    };
  }) ];
}
