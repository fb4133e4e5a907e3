# Negating the smallest integer has no 64-bit answer.
let smallest = -9223372036854775807 - 1;
in {
  containers.web.config = { };
  containers.web.extraFlags = [ (toString (-smallest)) ];
}
