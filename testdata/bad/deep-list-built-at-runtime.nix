# A list nested a hundred thousand deep, built by recursion: type checking walks it.
let nest = n: if n == 0 then [ ] else [ (nest (n - 1)) ];
in {
  containers.web.config = { };
  containers.web.extraFlags = nest 100000;
}
