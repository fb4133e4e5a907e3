false && true || true
