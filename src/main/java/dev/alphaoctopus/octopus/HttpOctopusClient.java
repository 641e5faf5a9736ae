package dev.alphaoctopus.octopus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alphaoctopus.planning.Dispatch;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.pekko.actor.ClassicActorSystemProvider;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.model.headers.UserAgent;
import org.apache.pekko.http.javadsl.settings.ConnectionPoolSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link OctopusClient} over the Pekko HTTP client. */
public final class HttpOctopusClient implements OctopusClient {

  private static final Logger log = LoggerFactory.getLogger(HttpOctopusClient.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ClassicActorSystemProvider system;
  private final Http http;
  private final ConnectionPoolSettings pool;
  private final OctopusClientSettings settings;
  private final Clock clock;
  private final UserAgent userAgent;

  public HttpOctopusClient(
      ClassicActorSystemProvider system, OctopusClientSettings settings, Clock clock) {
    this.system = system;
    this.http = Http.get(system);
    this.pool = connectionPool(system, settings);
    this.settings = settings;
    this.clock = clock;
    this.userAgent = UserAgent.create(settings.userAgent());
  }

  /**
   * The idle timeout is the request timeout: by then the client has given up, and a connection
   * still waiting for headers would otherwise hold its pool slot for Pekko's default minute.
   */
  private static ConnectionPoolSettings connectionPool(
      ClassicActorSystemProvider system, OctopusClientSettings settings) {
    ConnectionPoolSettings defaults = ConnectionPoolSettings.create(system.classicSystem());
    return defaults.withConnectionSettings(
        defaults
            .getConnectionSettings()
            .withConnectingTimeout(settings.connectTimeout())
            .withIdleTimeout(settings.requestTimeout()));
  }

  @Override
  public CompletionStage<KrakenToken> obtainToken(ApiKey apiKey) {
    return failingAsStage(() -> mintToken("APIKey", apiKey.value()));
  }

  @Override
  public CompletionStage<KrakenToken> refreshToken(RefreshToken refreshToken) {
    return failingAsStage(() -> mintToken("refreshToken", refreshToken.value()));
  }

  private CompletionStage<KrakenToken> mintToken(String credentialField, String credential) {
    ObjectNode variables = JSON.createObjectNode();
    variables.putObject("input").put(credentialField, credential);
    // Taken before sending: the token's life starts at issue, not when a slow answer lands.
    Instant issuedAt = clock.instant();
    return call(
        "obtainKrakenToken",
        KrakenDocuments.OBTAIN_TOKEN,
        variables,
        Optional.empty(),
        credential,
        result -> KrakenTokens.fromResult(result, issuedAt));
  }

  @Override
  public CompletionStage<List<Dispatch>> plannedDispatches(KrakenToken token, String deviceId) {
    return failingAsStage(
        () ->
            call(
                "flexPlannedDispatches",
                KrakenDocuments.FLEX_PLANNED_DISPATCHES,
                JSON.createObjectNode().put("deviceId", deviceId),
                Optional.of(token.value()),
                token.value(),
                FlexDispatches::fromArray));
  }

  @Override
  public CompletionStage<List<FlexDevice>> liveElectricVehicles(
      KrakenToken token, String accountNumber) {
    return failingAsStage(
        () ->
            call(
                "devices",
                KrakenDocuments.DEVICES,
                JSON.createObjectNode().put("accountNumber", accountNumber),
                Optional.of(token.value()),
                token.value(),
                FlexDevices::liveElectricVehicles));
  }

  /**
   * A call that cannot even be made (a null argument) still fails its stage rather than throwing:
   * Resilience4j's asynchronous retry waits forever on a supplier that throws.
   */
  private static <T> CompletionStage<T> failingAsStage(Supplier<CompletionStage<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(
          new MalformedResponseException(
              "INVALID_CALL", "the call could not be made: " + e.getClass().getName()));
    }
  }

  /** Package-private so a test can hand it a reader that fails the way no answer does today. */
  <T> CompletionStage<T> call(
      String field,
      String document,
      ObjectNode variables,
      Optional<String> authorization,
      String secret,
      Function<JsonNode, T> read) {
    ObjectNode body = JSON.createObjectNode().put("query", document);
    body.set("variables", variables);
    HttpRequest request =
        HttpRequest.POST(settings.endpoint().toString())
            .addHeader(userAgent)
            .withEntity(ContentTypes.APPLICATION_JSON, body.toString());
    HttpRequest sent =
        authorization
            // The documented form is the raw token, with no "JWT" or "Bearer" scheme.
            .map(token -> request.addHeader(RawHeader.create("Authorization", token)))
            .orElse(request);
    CompletableFuture<T> result =
        exchange(sent)
            .thenApply(
                response -> {
                  log.atDebug()
                      .addKeyValue("event", "octopus.response")
                      .addKeyValue("operation", field)
                      .addKeyValue("status", response.status())
                      .log("Kraken answered");
                  return read.apply(response.data(field, secret));
                });
    return unwrapped(result);
  }

  /** The whole answer within the request timeout; the body is always drained, even if late. */
  private CompletableFuture<KrakenResponse> exchange(HttpRequest request) {
    long timeoutMillis = settings.requestTimeout().toMillis();
    CompletableFuture<KrakenResponse> whole =
        http.singleRequest(
                request, http.defaultClientHttpsContext(), pool, system.classicSystem().log())
            .thenCompose(response -> strict(response, timeoutMillis))
            .toCompletableFuture();
    // The timeout goes on a copy: had it completed `whole`, an answer racing the timeout (the
    // idle timeout closes a silent connection only at its next check) would never be drained,
    // and its connection would stay stuck in the pool.
    return whole
        .copy()
        .orTimeout(timeoutMillis, TimeUnit.MILLISECONDS)
        .handle(
            (response, failure) -> {
              if (failure != null) {
                throw transportFailure(unwrap(failure));
              }
              return response;
            });
  }

  private CompletionStage<KrakenResponse> strict(HttpResponse response, long timeoutMillis) {
    return response
        .entity()
        .toStrict(timeoutMillis, system)
        .thenApply(
            entity ->
                new KrakenResponse(
                    response.status().intValue(),
                    entity.getContentType().mediaType().toString(),
                    entity.getData().utf8String()));
  }

  private TransientException transportFailure(Throwable failure) {
    if (failure instanceof TimeoutException) {
      return new TransientException(
          "TIMEOUT", "no whole answer within " + settings.requestTimeout().toMillis() + " ms");
    }
    // Pekko's messages name the host and port only; no request header reaches them.
    return new TransientException(
        "CONNECTION_FAILED", failure.getClass().getSimpleName() + ": " + failure.getMessage());
  }

  private static <T> CompletionStage<T> unwrapped(CompletableFuture<T> stage) {
    CompletableFuture<T> result = new CompletableFuture<>();
    stage.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(classified(unwrap(failure)));
          }
        });
    return result;
  }

  /**
   * Transport failures are classified where they happen, so anything else is a reader that could
   * not cope with the answer. Only the class name is kept: its message or cause may quote the body.
   */
  private static OctopusException classified(Throwable failure) {
    return failure instanceof OctopusException octopus
        ? octopus
        : new MalformedResponseException(
            "UNREADABLE", "the answer could not be read: " + failure.getClass().getName());
  }

  private static Throwable unwrap(Throwable failure) {
    return failure instanceof CompletionException && failure.getCause() != null
        ? failure.getCause()
        : failure;
  }
}
