"""The REST API and the dashboard's web server (FastAPI).

Public: :func:`create_app` (the ASGI app) and :func:`serve` (runs it with
uvicorn on 127.0.0.1 unless told otherwise). The contract is docs/api.md.
"""

from .app import create_app, serve

__all__ = ["create_app", "serve"]
