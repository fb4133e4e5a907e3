builtins.fromTOML ''
  title = "ncc"
  integer = 42
  negative = -17
  float = 3.25
  exponent = 5e+22
  yes = true
  list = [ 1, 2, 3 ]
  mixed = [ [ "a", "b" ], [ 1, 2 ] ]
  "quoted key" = "value"
  inline = { x = 1, y = { z = "deep" } }
  multiline = """
  first
  second"""
  literal = 'C:\path'

  [server]
  host = "10.0.0.1"
  ports = [ 80, 443 ]

  [server.tls]
  enable = true

  [[users]]
  name = "alice"

  [[users]]
  name = "bob"
  groups = [ "wheel" ]
''
