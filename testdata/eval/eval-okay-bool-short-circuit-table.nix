# `||` and `&&` read their right side only when the left does not decide: what ncc
# does not know (an unknown, here a throw) on the right of a deciding left is never
# read, and on the left it decides the whole.
[
  (true || throw "not read")
  (false && throw "not read")
  (!(false && throw "not read"))
  (false || true)
  (false || false)
  (true && false)
  (true && true)
  (false -> throw "not read")
  (builtins.isString null || null == null)
]
