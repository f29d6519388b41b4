"""The press releases that ship with INNOVIS. Package data: only the .txt and .md files count."""
