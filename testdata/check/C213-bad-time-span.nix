# systemd would ignore this TimeoutStartSec= and keep its default.
{
  containers.db = {
    timeoutStartSec = "5 minutes and 30 seconds";
    config = { };
  };
}
