"""Finding things in article text: pure functions, no I/O."""
