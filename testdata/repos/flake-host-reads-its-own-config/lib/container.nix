{ lib, config }:
{
  # One read-only bind mount per media directory of a kind, numbered as the host lists them.
  attachMedia = kind: lib.listToAttrs (lib.imap0 (i: path: {
    name = "/${kind}/${toString i}";
    value = { hostPath = path; isReadOnly = true; };
  }) config.media.${kind});

  # The container's addresses on the host's media network.
  addresses = n: {
    privateNetwork = true;
    hostAddress = "${config.media.network}.1";
    localAddress = "${config.media.network}.${toString n}";
  };
}
