{ config }:
config.network.ip
