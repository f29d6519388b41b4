"""Conversation: one turn of dialogue, and what it remembers between turns.

The last stage of answering. `intents.py` tells small talk, follow-ups and questions apart,
`followups.py` reads "when?", "source" and "tell me more", `spans.py` widens the hits chosen
into the sentences a reply quotes, `replies.py` holds the words INNOVIS says, `state.py` what a
conversation remembers, and `dialogue.py` puts them together into a reply. These modules may
import every earlier stage (`words`, `kinds`, `question`, `ranking`); nothing in
`innovis.answering` imports them, only the library above it (`innovis.assistant`) and the faces.
"""
