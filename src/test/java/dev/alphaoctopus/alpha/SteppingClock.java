package dev.alphaoctopus.alpha;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves on by a fixed step each time it is read. */
final class SteppingClock extends Clock {

  private final AtomicReference<Instant> next;
  private final Duration step;

  SteppingClock(long epochSecond, Duration step) {
    this.next = new AtomicReference<>(Instant.ofEpochSecond(epochSecond));
    this.step = step;
  }

  @Override
  public Instant instant() {
    return next.getAndUpdate(now -> now.plus(step));
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the signer needs no zone");
  }
}
