{ nodes, lib, ... }:
{
  networking.extraHosts = lib.concatMapStrings
    (node: "${node.config.networking.hostName}.fleet\n")
    (lib.attrValues nodes);
}
