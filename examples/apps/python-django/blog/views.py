from django.http import HttpRequest, JsonResponse


def health(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def index(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"posts": []})
