# A relative mount point written out, the same as the key it would default to: the
# finding points at the `mountPoint` written, not at the key.
{
  containers.web = {
    bindMounts."persist" = {
      hostPath = "/srv/web/persist";
      mountPoint = "persist";
      isReadOnly = false;
    };
    config = { };
  };
}
