{ a = 1; }.a + throw "in arithmetic"
