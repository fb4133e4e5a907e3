# 2^63 - 1 + 1 overflows a 64-bit integer.
{
  containers.web.config = { };
  containers.web.timeoutStartSec = toString (9223372036854775807 + 1);
}
