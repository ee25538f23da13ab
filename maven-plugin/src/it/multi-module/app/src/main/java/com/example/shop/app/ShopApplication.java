package com.example.shop.app;

import com.example.shop.catalog.Catalog;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop: GET /items on 9090, actuator health at /manage/health (application.yml). */
@SpringBootApplication
@RestController
public class ShopApplication {
  /** Starts the service. */
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }

  /** The catalog's items. */
  @GetMapping("/items")
  public List<String> items() {
    return Catalog.items();
  }
}
