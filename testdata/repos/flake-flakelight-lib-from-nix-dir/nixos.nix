# The hosts, by the helper of the flake's own library.
{ config, lib, ... }:
lib.genAttrs [ "larder" ] config.lib.hostFor
