{ lib }:
{
  siteDomain = "example.test";
  mkRelayAddress = index: "10.40.0.${toString index}";
}
