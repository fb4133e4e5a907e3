# A host split over three files: two of them give container `web` different host
# addresses. One error shows both definitions with file, line and column.
{
  imports = [ ./shared/web-network-a.nix ./shared/web-network-b.nix ];
  containers.web = {
    privateNetwork = true;
    localAddress = "10.231.136.2";
    config = { };
  };
}
