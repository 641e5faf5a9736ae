package dev.alphaoctopus.cli;

import dev.alphaoctopus.config.Durations;
import dev.alphaoctopus.planning.Baseline;
import dev.alphaoctopus.planning.PlanningPolicy;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters whose messages say what is expected. */
final class Converters {

  private Converters() {}

  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (DateTimeException e) {
        throw new TypeConversionException(
            "unknown time zone \"" + value + "\": expected an id such as Europe/London");
      }
    }
  }

  static final class BaselineConverter implements ITypeConverter<Baseline> {
    @Override
    public Baseline convert(String value) {
      try {
        return Baseline.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class DurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return Durations.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A guard: a duration from 0 to the planner's limit. */
  static final class GuardConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      Duration guard = new DurationConverter().convert(value);
      if (guard.isNegative() || guard.compareTo(PlanningPolicy.MAX_GUARD) > 0) {
        throw new TypeConversionException(
            "expected a duration from 0s to "
                + Durations.format(PlanningPolicy.MAX_GUARD)
                + " "
                + Durations.EXAMPLES
                + ", got \""
                + value
                + "\"");
      }
      return guard;
    }
  }

  /** An ISO-8601 instant, {@code 2026-03-10T13:02:00Z}, or a date-time with an offset. */
  static final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      try {
        return OffsetDateTime.parse(value).toInstant();
      } catch (DateTimeParseException e) {
        throw new TypeConversionException(
            "expected an ISO-8601 instant such as 2026-03-10T13:02:00Z, got \"" + value + "\"");
      }
    }
  }
}
