package com.example.shop.catalog;

import java.util.List;

/** The items the shop sells. */
public final class Catalog {
  private Catalog() {}

  /** Every item, by name. */
  public static List<String> items() {
    return List.of("bolt", "nut", "washer");
  }
}
