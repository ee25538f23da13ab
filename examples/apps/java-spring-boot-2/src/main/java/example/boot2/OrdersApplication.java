package example.boot2;

import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 2.7 service: GET /orders on port 8081, actuator health at /manage/health. */
@SpringBootApplication
@RestController
public class OrdersApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(OrdersApplication.class, args);
  }

  /** The open orders. */
  @GetMapping("/orders")
  public List<String> orders() {
    return List.of("A-1001", "A-1002");
  }
}
