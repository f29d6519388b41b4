"""The web face: an HTTP API, a full-page chat and an embeddable chat widget, served by uvicorn.

Only this package imports Starlette and uvicorn (`pip install 'innovis[web]'`); the library never
imports it. `app.create_app` builds the ASGI app over an Assistant; `server.serve` runs it.
"""
