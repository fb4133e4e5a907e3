# A sandbox spelling out the store it sees: the same directory, read-only, as ncc binds it.
{
  containers.sandbox = {
    ephemeral = true;
    bindMounts."/nix/store" = { hostPath = "/nix/store"; isReadOnly = true; };
    bindMounts.work = { mountPoint = "/work"; hostPath = "/srv/work"; isReadOnly = false; };
    bindMounts.work-again = { mountPoint = "/work/"; hostPath = "/srv/work"; isReadOnly = false; };
    config = { };
  };
}
