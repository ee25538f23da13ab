"""HTTP routes of the shop API; uvicorn serves shop_api.main:app."""
from fastapi import FastAPI

app = FastAPI(title="shop-api")


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.get("/items/{item_id}")
def item(item_id: int) -> dict[str, int | str]:
    return {"id": item_id, "name": f"item {item_id}"}
