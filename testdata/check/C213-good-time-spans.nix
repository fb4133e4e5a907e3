# systemd's time span grammar: units, combinations, fractions, infinity.
{
  containers.db = { timeoutStartSec = "5min 30s"; config = { }; };
  containers.cache = { timeoutStartSec = "1.5h"; config = { }; };
  containers.batch = { timeoutStartSec = "infinity"; config = { }; };
  containers.quick = { timeoutStartSec = "90"; config = { }; };
}
