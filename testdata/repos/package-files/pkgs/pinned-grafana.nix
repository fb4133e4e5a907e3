# One package of the set, pinned to a version.
{ pkgs, ... }:
pkgs.grafana_11
