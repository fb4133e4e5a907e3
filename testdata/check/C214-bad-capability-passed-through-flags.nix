# An entry holding a `"` is read as the start script reads it: the capability it gives
# after its own flag lacks the CAP_ prefix.
{
  containers.builder = {
    additionalCapabilities = [
      "CAP_MKNOD"
      ''CAP_SYS_ADMIN" --system-call-filter="add_key keyctl" --capability="NET_ADMIN''
    ];
    config = { };
  };
}
