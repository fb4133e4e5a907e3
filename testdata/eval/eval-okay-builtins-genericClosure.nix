# Every number reachable by halving and by taking one away, each key once, in the order
# found; keys may be numbers, strings or lists.
let
  numbers = builtins.genericClosure {
    startSet = [ { key = 20; } { key = 20; extra = true; } ];
    operator = item: map (key: { inherit key; }) (
      (if item.key > 0 then [ (item.key - 1) ] else [ ])
      ++ (if item.key > 1 then [ (item.key / 2) ] else [ ]));
  };
  lists = builtins.genericClosure {
    startSet = [ { key = [ 1 "a" ]; } ];
    operator = item: [ { key = [ 1 "a" ]; } { key = [ 1 "b" ]; } { key = [ 0 ]; } ];
  };
in
{ inherit numbers lists; count = builtins.length numbers; }
