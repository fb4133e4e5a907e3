{ config, lib, ... }:
let
  cfg = config.my.zswap;
in
{
  options.my.zswap = {
    enable = lib.mkEnableOption "compressed swap cache in memory";
    compressor = lib.mkOption {
      type = lib.types.str;
      default = "zstd";
    };
  };

  config = lib.mkIf cfg.enable {
    assertions = [
      {
        assertion = !(cfg.enable && config.zramSwap.enable);
        message = "zswap and zram swap should not be on at the same time";
      }
    ];
    boot.kernelParams = [
      "zswap.enabled=1"
      "zswap.compressor=${cfg.compressor}"
    ];
  };
}
