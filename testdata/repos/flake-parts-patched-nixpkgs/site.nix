{ lib, config }:
rec {
  hosts = {
    edge.tags = [ "server" ];
    laptop.tags = [ "client" ];
  };
  this = hosts."${config.networking.hostName}";
  hasTag = tag: lib.elem tag this.tags;
}
