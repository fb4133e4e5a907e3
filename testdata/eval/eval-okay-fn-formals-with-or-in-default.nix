({ s ? { }, v ? s.x or 7 }: v) { }
