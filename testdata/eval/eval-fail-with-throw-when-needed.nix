with (throw "with set forced"); y
