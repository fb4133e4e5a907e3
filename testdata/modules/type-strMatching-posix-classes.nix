# strMatching with POSIX bracket classes, bounded repetition and alternatives, as NixOS
# writes its host-name, time-zone and MAC-address patterns: each value is checked whole
{ lib, ... }:
let
  hostName = lib.types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
  check = type: value: type.check value;
in
{
  options.results = lib.mkOption { type = lib.types.attrsOf lib.types.bool; };
  options.name = lib.mkOption { type = hostName; };
  options.longest = lib.mkOption { type = hostName; };
  options.zone = lib.mkOption { type = lib.types.strMatching "[^ ]+"; };
  options.mac = lib.mkOption { type = lib.types.strMatching "([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}"; };
  config.name = "web-01";
  config.longest = lib.concatStrings (lib.genList (_: "a") 63);
  config.zone = "America/Argentina/Buenos_Aires";
  config.mac = "aa:BB:cc:dd:ee:0f";
  config.results = {
    empty = check hostName "";
    short = check hostName "a";
    dashed = check hostName "my-host_2";
    leadingDash = check hostName "-web";
    trailingDash = check hostName "web-";
    dotted = check hostName "web.example";
    sixtyThree = check hostName (lib.concatStrings (lib.genList (_: "a") 63));
    sixtyFour = check hostName (lib.concatStrings (lib.genList (_: "a") 64));
    zone = check (lib.types.strMatching "[^ ]+") "Europe/Berlin";
    zoneSpace = check (lib.types.strMatching "[^ ]+") "Europe Berlin";
    mac = check (lib.types.strMatching "([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}") "aa:BB:cc:dd:ee:0f";
    macShort = check (lib.types.strMatching "([0-9a-fA-F]{2}:){5}[0-9a-fA-F]{2}") "aa:bb:cc:dd:ee";
    ports = check (lib.types.strMatching "[[:digit:]]+:[[:digit:]]+") "60000:61000";
    unicode = check (lib.types.strMatching ".+") "höst";
  };
}
