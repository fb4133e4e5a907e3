let x = 3; in ({ a ? x }: a) { }
