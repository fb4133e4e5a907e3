{
  imports = [ ./disk.nix ];
  containers.store = {
    autoStart = true;
    bindMounts."/srv/store".hostPath = "srv/store";
    config = { };
  };
}
