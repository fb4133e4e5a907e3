# Another file for extra-container, written as a module function, with two mistakes
# extra-container rejects: an `extra` option misspelt, and `enableSSH` on a container
# without a private network.
{ lib, ... }:
{
  containers.lab = {
    extra.adressPrefix = "10.250.1";
    extra.enableSSH = true;
    config = { };
  };
  containers.scratch = {
    privateNetwork = true;
    extra.addressPrefix = "10.250.2";
    config = { };
  };
}
