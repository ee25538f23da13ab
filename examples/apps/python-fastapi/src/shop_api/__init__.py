"""The shop API: a FastAPI app installed as the package shop_api."""
