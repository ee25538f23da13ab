from starlette.applications import Starlette

asgi_app = Starlette(routes=[])
