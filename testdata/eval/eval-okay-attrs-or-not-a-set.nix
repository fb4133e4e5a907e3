{ a = 1; }.a.b or "fallback"
