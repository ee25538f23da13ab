package io.github.dockerdsl.instruction;

import io.github.dockerdsl.internal.Ascii;
import io.github.dockerdsl.internal.Quoting;
import java.util.Locale;
import java.util.Objects;

/** A container port for EXPOSE: a number from 1 to 65535 and a protocol. */
public record Port(int number, Protocol protocol) {
  /** Checks the range. */
  public Port {
    Objects.requireNonNull(protocol, "protocol == null");
    if (number < 1 || number > 65535) {
      throw new IllegalArgumentException(String.format(
          "port '%d' is out of range; ports are 1 to 65535", number));
    }
  }

  // equals and hashCode by hand: the record's generated ones bootstrap java.lang.runtime.ObjectMethods,
  // which spins about 40 method-handle classes that no Java 17 class-data archive holds, at every
  // `dockerdsl lint` start (EXPOSE puts ports in a set; docs/performance.md, class loading)

  /** Equal when number and protocol are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Port p && p.number == number && p.protocol == protocol;
  }

  /** From number and protocol. */
  @Override
  public int hashCode() {
    return 31 * number + protocol.hashCode();
  }

  /** A TCP port. */
  public static Port tcp(int number) {
    return new Port(number, Protocol.TCP);
  }

  /** A UDP port. */
  public static Port udp(int number) {
    return new Port(number, Protocol.UDP);
  }

  /** Parses {@code 8080}, {@code 8080/tcp} or {@code 53/udp}. */
  public static Port parse(String text) {
    Objects.requireNonNull(text, "text == null");
    String number = text;
    Protocol protocol = Protocol.TCP;
    int slash = text.indexOf('/');
    if (slash >= 0) {
      number = text.substring(0, slash);
      String proto = text.substring(slash + 1);
      if (proto.equals("tcp")) {
        protocol = Protocol.TCP;
      } else if (proto.equals("udp")) {
        protocol = Protocol.UDP;
      } else {
        throw new IllegalArgumentException(String.format(
            "port '%s' has protocol '%s'; use tcp or udp in lower case", Quoting.visible(text),
            Quoting.visible(proto)));
      }
    }
    if (!isNumber(number)) {
      throw new IllegalArgumentException(String.format(
          "port '%s' is not a port number; EXPOSE takes <port>[/tcp|udp], not addresses or mappings",
          Quoting.visible(text)));
    }
    return new Port(Integer.parseInt(number), protocol);
  }

  @Override
  public String toString() {
    return protocol == Protocol.TCP ? Integer.toString(number)
        : number + "/" + protocol.name().toLowerCase(Locale.ROOT);
  }

  /** {@code [0-9]{1,5}} as a loop, for every EXPOSE (no regex compiles at start). */
  static boolean isNumber(String number) {
    return number.length() <= 5 && Ascii.isDigits(number);
  }
}
