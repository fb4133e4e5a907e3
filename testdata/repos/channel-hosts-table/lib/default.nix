{ domain }:
{
  inherit domain;
  # A container on the private network 10.10.0.0/24, by its host number.
  mkContainer = number: config: {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.10.0.1";
    localAddress = "10.10.0.${toString number}";
    inherit config;
  };
}
