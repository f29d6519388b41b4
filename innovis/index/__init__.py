"""The index: BM25 postings over sentences and paragraphs, built, saved, loaded and cached."""
