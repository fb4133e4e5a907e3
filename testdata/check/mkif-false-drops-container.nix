{ lib, ... }:
let enableLegacy = false;
in {
  containers.legacy = lib.mkIf enableLegacy { config = { }; };
  containers.current = { config = { }; autoStart = lib.mkDefault true; };
}
