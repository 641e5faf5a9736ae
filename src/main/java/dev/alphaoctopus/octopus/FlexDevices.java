package dev.alphaoctopus.octopus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Picks the devices Octopus smart-charges from a {@code devices(accountNumber)} list: {@code
 * ELECTRIC_VEHICLES} that are {@code LIVE}. Meters and other devices are skipped unread.
 */
final class FlexDevices {

  private FlexDevices() {}

  static List<FlexDevice> liveElectricVehicles(JsonNode devices) {
    if (!devices.isArray()) {
      throw new MalformedResponseException("MISSING_DATA", "devices is not a list");
    }
    List<FlexDevice> live = new ArrayList<>();
    for (int i = 0; i < devices.size(); i++) {
      JsonNode device = devices.get(i);
      if ("ELECTRIC_VEHICLES".equals(device.path("deviceType").asText())
          && "LIVE".equals(required(device, "status.current", i))) {
        live.add(
            new FlexDevice(
                required(device, "id", i),
                required(device, "__typename", i),
                optional(device, "make"),
                optional(device, "model")));
      }
    }
    return List.copyOf(live);
  }

  private static String required(JsonNode device, String path, int index) {
    JsonNode value = device.at("/" + path.replace('.', '/'));
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new MalformedResponseException(
          "MISSING_FIELD", "device " + index + ": missing " + path);
    }
    return value.asText();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
