# A space follows every element but the last of its list, unless it is an empty list.
map toString [ [ [ ] "a" ] [ "a" [ ] ] [ [ [ ] ] "b" ] [ 1 [ ] 2 ] [ [ 1 2 ] [ 3 ] ] [ [ ] [ ] ] ]
