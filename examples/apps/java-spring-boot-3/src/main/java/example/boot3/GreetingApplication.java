package example.boot3;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot 3 web service: GET /greeting on port 9000, actuator health on 9001. */
@SpringBootApplication
@RestController
public class GreetingApplication {

  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(GreetingApplication.class, args);
  }

  /** Greets the caller by name. */
  @GetMapping("/greeting")
  public String greeting(@RequestParam(defaultValue = "world") String name) {
    return "hello, " + name + "\n";
  }
}
