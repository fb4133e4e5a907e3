{ }:
{
  proxy = { ip = "10.1.0.2"; prefixLength = 24; };
  cache = { hostIp = "10.2.0.1"; ip = "10.2.0.2"; };
}
