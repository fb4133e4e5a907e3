{ s = { editor.cursor = 1; }; s = { editor = { cursor = 2; }; }; }
