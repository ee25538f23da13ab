package example.quarkus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The catalogue: GET /catalog on port 8085; SmallRye Health answers /q/health. */
@Path("/catalog")
public class CatalogResource {

  /** The items on sale. */
  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String items() {
    return String.join("\n", List.of("kettle", "teapot")) + "\n";
  }
}
