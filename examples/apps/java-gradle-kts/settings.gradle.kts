rootProject.name = "shipping"

include("shipping-domain", "shipping-api")
