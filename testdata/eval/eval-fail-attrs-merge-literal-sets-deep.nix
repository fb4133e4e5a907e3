{ s = { editor.cursor = { a = 1; }; }; n = 0; s = { editor = { b = 2; lsp.x = 3; }; }; }
