package dev.alphaoctopus.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphaoctopus.octopus.DispatchDataException;
import dev.alphaoctopus.octopus.FlexDispatches;
import dev.alphaoctopus.planning.Dispatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;

/** Reads the dispatches for {@code plan} from a file or standard input. */
final class DispatchFile {

  // Trailing text would otherwise be ignored, and with it an "errors" object after the data.
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private DispatchFile() {}

  /**
   * @param source a path, or {@code -} for standard input
   * @throws InputException when the input is missing, not JSON or not valid dispatch data
   */
  static List<Dispatch> read(String source, CliContext context) {
    String name = "-".equals(source) ? "standard input" : source;
    JsonNode root = parse(source, name, context);
    if (root == null || root.isMissingNode()) {
      throw new InputException("dispatches from " + name + ": the input is empty");
    }
    try {
      return FlexDispatches.fromResponseOrArray(root);
    } catch (DispatchDataException e) {
      throw new InputException("dispatches from " + name + ": " + e.getMessage());
    }
  }

  private static JsonNode parse(String source, String name, CliContext context) {
    try (InputStream in =
        "-".equals(source) ? context.stdin() : Files.newInputStream(context.resolve(source))) {
      return MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw new InputException(
          "dispatches from "
              + name
              + " are not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (NoSuchFileException e) {
      throw new InputException("dispatches file " + name + " does not exist");
    } catch (IOException e) {
      throw new InputException("cannot read dispatches from " + name + ": " + e.getMessage());
    }
  }
}
