false || true -> false
