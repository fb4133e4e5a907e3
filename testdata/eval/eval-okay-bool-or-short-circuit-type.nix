true || "not a bool"
