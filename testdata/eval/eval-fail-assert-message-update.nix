assert ({ } // { a = false; }).a; 1
