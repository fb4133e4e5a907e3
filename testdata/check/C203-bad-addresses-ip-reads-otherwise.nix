# Addresses `ip` reads though they are not four decimal numbers: a part with a leading
# zero is octal (`010` is 8) and missing parts are zeros. They work, so each is a warning
# naming the address used; `08` is no octal number, and `ip` refuses it.
{
  containers.node01 = {
    privateNetwork = true;
    hostAddress = "10.50.01.1";
    localAddress = "10.50.010.2";
    config = { };
  };
  containers.node08 = {
    privateNetwork = true;
    hostAddress = "10.50.08.1";
    localAddress = "10.51";
    config = { };
  };
}
