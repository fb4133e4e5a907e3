# The store bound again, but writable: the container's store is no longer read-only.
{
  containers.sandbox = {
    bindMounts.store = { mountPoint = "/nix/store"; hostPath = "/nix/store"; isReadOnly = false; };
    config = { };
  };
}
