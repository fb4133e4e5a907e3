# Flags that overrule what the options say; systemd-nspawn keeps the last value.
{
  containers.web = {
    privateUsers = "pick";
    extraFlags = [ "--private-users=no" "-M" "www" "--setenv=HOST_ADDRESS=10.0.0.1" ];
    config = { };
  };
  # The way to user namespaces before privateUsers existed.
  containers.legacy = {
    extraFlags = [ "-U" ];
    config = { };
  };
}
