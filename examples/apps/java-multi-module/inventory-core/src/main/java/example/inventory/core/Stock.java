package example.inventory.core;

import java.util.Map;
import java.util.TreeMap;

/** The stock of each item, and the rule for reordering it. */
public final class Stock {
  private final Map<String, Integer> counts = new TreeMap<>();

  /** A stock with a few items. */
  public static Stock sample() {
    Stock stock = new Stock();
    stock.counts.put("bolt", 120);
    stock.counts.put("nut", 8);
    return stock;
  }

  /** The counts by item. */
  public Map<String, Integer> counts() {
    return Map.copyOf(counts);
  }

  /** Whether an item has fallen below its reorder level. */
  public boolean needsReorder(String item) {
    return counts.getOrDefault(item, 0) < 10;
  }
}
