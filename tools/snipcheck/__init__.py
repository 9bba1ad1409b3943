"""snipcheck: run every snippet, record its verified output, and embed it in the pages."""
