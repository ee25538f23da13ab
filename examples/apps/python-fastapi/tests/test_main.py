from fastapi.testclient import TestClient

from shop_api.main import app


def test_health() -> None:
    assert TestClient(app).get("/health").status_code == 200
