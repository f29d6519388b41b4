"""Text analysis: sentences with their spans, the terms the index matches, acronyms, spelling."""
