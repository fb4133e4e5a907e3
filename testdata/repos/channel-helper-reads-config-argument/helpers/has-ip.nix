{ config }:
config ? network && config.network ? ip
