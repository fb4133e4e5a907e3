# A tmpfs entry holding a newline and an extra flag that would end the quoted value in
# the .conf, each in the second of two definitions of its list: each finding points at
# that definition.
{
  imports = [
    {
      containers.web.tmpfs = [ "/var/cache/app\n/var/lib/app" ];
      containers.web.extraFlags = [ "--setenv=GREETING=\"hello\"" ];
    }
  ];
  containers.web = {
    tmpfs = [ "/tmp" ];
    extraFlags = [ "--drop-capability=CAP_SYS_CHROOT" ];
    config = { };
  };
}
