# NixOS writes the capabilities into the start script unescaped, as
# `--capability="..."`: an entry holding a `"` adds flags of its own, the way users pass
# systemd-nspawn a flag with spaces, which extraFlags cannot carry. The capabilities
# given are `all` twice; the system call filter is not a capability.
{
  containers.builder = {
    privateNetwork = true;
    hostAddress = "10.71.0.1";
    localAddress = "10.71.0.2";
    additionalCapabilities = [
      ''all" --system-call-filter="add_key keyctl bpf" --capability="all''
    ];
    config = { virtualisation.docker.enable = true; };
  };
}
