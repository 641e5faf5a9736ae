package dev.alphaoctopus.octopus;

import java.util.Objects;
import java.util.Optional;

/**
 * A SmartFlex device Octopus controls, as {@code devices(accountNumber)} reports it; {@code
 * typeName} is the GraphQL {@code __typename} (a car or a charge point).
 */
public record FlexDevice(
    String id, String typeName, Optional<String> make, Optional<String> model) {

  public FlexDevice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(typeName, "typeName");
    Objects.requireNonNull(make, "make");
    Objects.requireNonNull(model, "model");
  }
}
