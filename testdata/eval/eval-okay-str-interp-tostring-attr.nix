"v=${{ __toString = self: "x${toString self.n}"; n = 3; }}"
