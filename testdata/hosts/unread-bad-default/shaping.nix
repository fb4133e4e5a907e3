# A module in the shape many repositories carry: options under `networking` with
# `type = types.str; default = null;`, used only behind `mkIf cfg.enable`. NixOS
# type-checks an option when something reads it; while the module is disabled nothing
# does, and the host builds.
{ config, lib, ... }:
let cfg = config.networking.shaping;
in
{
  options.networking.shaping = {
    enable = lib.mkOption { type = lib.types.bool; default = false; };
    wanInterface = lib.mkOption { type = lib.types.str; default = null; };
    maxUp = lib.mkOption { type = lib.types.str; default = null; };
  };

  config = lib.mkIf cfg.enable {
    systemd.services.shaping.script = "shape ${cfg.wanInterface} ${cfg.maxUp}";
  };
}
