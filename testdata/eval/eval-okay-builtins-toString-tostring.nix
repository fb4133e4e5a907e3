toString { __toString = self: "from ${self.n}"; n = "n"; }
