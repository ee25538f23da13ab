package example.shipping.api;

import example.shipping.domain.Parcel;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shipping API: GET /parcels on 8088, actuator health at /actuator/health. */
@SpringBootApplication
@RestController
public class ShippingApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(ShippingApplication.class, args);
  }

  /** The parcels waiting. */
  @GetMapping("/parcels")
  public List<Parcel> parcels() {
    return List.of(new Parcel("P-1", 1200));
  }
}
