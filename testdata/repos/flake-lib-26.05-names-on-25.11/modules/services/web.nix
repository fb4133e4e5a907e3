{ lib, ... }: {
  networking.firewall.allowedTCPPorts = map lib.toInt (lib.uniqueStrings [ "80" "443" "80" ]);
}
