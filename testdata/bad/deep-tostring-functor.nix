let loop = { __toString = self: self; };
in {
  containers.web.config = { };
  containers.web.hostAddress = "${loop}";
}
