{ a = null; } ? a
