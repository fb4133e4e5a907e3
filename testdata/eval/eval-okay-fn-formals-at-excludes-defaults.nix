(args@{ a ? 1 }: args) { }
