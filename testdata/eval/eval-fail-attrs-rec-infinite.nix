rec { a = a; }.a
