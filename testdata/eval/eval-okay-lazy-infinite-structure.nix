let xs = n: { head = n; tail = xs (n + 1); }; in (xs 0).tail.tail.head
