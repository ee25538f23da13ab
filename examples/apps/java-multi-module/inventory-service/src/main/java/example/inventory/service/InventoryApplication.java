package example.inventory.service;

import example.inventory.core.Stock;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The inventory service: GET /stock on 8080, actuator health at /actuator/health. */
@SpringBootApplication
@RestController
public class InventoryApplication {
  private final Stock stock = Stock.sample();

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(InventoryApplication.class, args);
  }

  /** The stock counts. */
  @GetMapping("/stock")
  public Map<String, Integer> stock() {
    return stock.counts();
  }
}
