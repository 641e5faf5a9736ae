package dev.alphaoctopus.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.nio.file.Path;
import net.logstash.logback.encoder.LogstashEncoder;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;

/** The shipped conf/logback.xml picks its stdout encoder from LOG_FORMAT. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LogbackConfigTest {

  @ParameterizedTest
  @CsvSource({"json, true", "text, false"})
  void log_format_chooses_json_or_text_on_stdout(String format, boolean json)
      throws JoranException {
    LoggerContext context = new LoggerContext();
    context.putProperty("LOG_FORMAT", format);
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(Path.of("conf/logback.xml").toFile());

    AsyncAppender async =
        (AsyncAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("async");
    ConsoleAppender<?> console = (ConsoleAppender<?>) async.getAppender("stdout");
    assertThat(console).isNotNull();
    assertThat(console.getEncoder() instanceof LogstashEncoder).isEqualTo(json);
    assertThat(context.getStatusManager().getCopyOfStatusList())
        .noneMatch(status -> status.getLevel() >= Status.WARN);
    context.stop();
  }
}
