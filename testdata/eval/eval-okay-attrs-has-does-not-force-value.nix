{ a = throw "never"; } ? a
