"""Answering: reading a question, ranking sentences, and the dialogue around the answer."""
