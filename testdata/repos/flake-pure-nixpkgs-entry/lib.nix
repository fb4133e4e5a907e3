{ lib }:
{
  modulesIn = directory: names: map (name: directory + "/${name}") names;
  proxyAddress = "10.70.0.2";
}
