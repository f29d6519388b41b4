"""Reading a corpus: which files make it up, and turning each into Documents."""
