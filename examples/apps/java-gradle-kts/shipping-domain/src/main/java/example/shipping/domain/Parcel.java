package example.shipping.domain;

/** A parcel and its weight in grams. */
public record Parcel(String id, int grams) {}
