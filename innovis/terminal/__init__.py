"""The terminal faces: the `innovis` command and the chat. The only code that imports rich or
prompt-toolkit."""
