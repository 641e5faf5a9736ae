package dev.alphaoctopus.alpha;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alphaoctopus.alpha.AlphaApiException.Problem;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.apache.pekko.Done;
import org.apache.pekko.actor.ClassicActorSystemProvider;
import org.apache.pekko.event.LoggingAdapter;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.HttpRequest;
import org.apache.pekko.http.javadsl.model.HttpResponse;
import org.apache.pekko.http.javadsl.model.Query;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.settings.ClientConnectionSettings;
import org.apache.pekko.http.javadsl.settings.ConnectionPoolSettings;
import org.apache.pekko.stream.Materializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Open API over the Pekko HTTP client. Every request is signed afresh, every response body is
 * read whole (so the pooled connection is freed) within the request timeout and then classified by
 * {@link ResponseClassifier}.
 */
public final class HttpAlphaClient implements AlphaClient {

  private static final Logger LOG = LoggerFactory.getLogger(HttpAlphaClient.class);

  private final Http http;
  private final ConnectionPoolSettings poolSettings;
  private final LoggingAdapter poolLog;
  private final Materializer materializer;
  private final String baseUrl;
  private final RequestSigner signer;
  private final Duration requestTimeout;

  /**
   * @param baseUrl the API root, such as {@code https://openapi.alphaess.com/api}
   * @param requestTimeout the most a whole call may take, body included
   */
  public HttpAlphaClient(
      ClassicActorSystemProvider system,
      String baseUrl,
      String appId,
      AppSecret appSecret,
      Duration connectTimeout,
      Duration requestTimeout,
      Clock clock) {
    this.http = Http.get(system);
    this.poolSettings =
        ConnectionPoolSettings.create(system.classicSystem())
            .withConnectionSettings(
                ClientConnectionSettings.create(system.classicSystem())
                    .withConnectingTimeout(connectTimeout));
    this.poolLog = system.classicSystem().log();
    this.materializer = Materializer.matFromSystem(system);
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.signer = new RequestSigner(appId, appSecret, clock);
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
  }

  @Override
  public CompletionStage<List<EssSystem>> getEssList() {
    return get("getEssList", () -> Query.EMPTY, ResponseData::essList);
  }

  @Override
  public CompletionStage<DischargeConfig> getDisChargeConfigInfo(String sysSn) {
    return get("getDisChargeConfigInfo", sysSn, ResponseData::dischargeConfig);
  }

  @Override
  public CompletionStage<Done> updateDisChargeConfigInfo(String sysSn, DischargeConfig config) {
    return post(
        "updateDisChargeConfigInfo",
        sysSn,
        () -> RequestBodies.dischargeConfig(sysSn, present(config, "config")));
  }

  @Override
  public CompletionStage<ChargeConfig> getChargeConfigInfo(String sysSn) {
    return get("getChargeConfigInfo", sysSn, ResponseData::chargeConfig);
  }

  @Override
  public CompletionStage<Done> updateChargeConfigInfo(String sysSn, ChargeConfig config) {
    return post(
        "updateChargeConfigInfo",
        sysSn,
        () -> RequestBodies.chargeConfig(sysSn, present(config, "config")));
  }

  @Override
  public CompletionStage<PeriodicSchedule> getTimeChargeBySn(String sysSn) {
    return get("getTimeChargeBySn", sysSn, ResponseData::periodicSchedule);
  }

  @Override
  public CompletionStage<Done> setTimeChargeBySn(String sysSn, PeriodicSchedule schedule) {
    return post(
        "setTimeChargeBySn",
        sysSn,
        () -> {
          present(schedule, "schedule").checkWritable();
          return RequestBodies.periodicSchedule(sysSn, schedule);
        });
  }

  @Override
  public CompletionStage<PowerData> getLastPowerData(String sysSn) {
    return get("getLastPowerData", sysSn, ResponseData::powerData);
  }

  private static <T> T present(T argument, String name) {
    if (argument == null) {
      throw new IllegalArgumentException("the " + name + " is missing");
    }
    return argument;
  }

  private static Query serial(String sysSn) {
    if (sysSn == null || sysSn.isBlank()) {
      throw new IllegalArgumentException("the system serial is blank");
    }
    return Query.create(Map.of("sysSn", sysSn));
  }

  private <T> CompletionStage<T> get(
      String operation, String sysSn, BiFunction<DataReader, JsonNode, T> parse) {
    return get(operation, () -> serial(sysSn), parse);
  }

  private <T> CompletionStage<T> get(
      String operation, Supplier<Query> query, BiFunction<DataReader, JsonNode, T> parse) {
    return call(
        operation,
        () -> HttpRequest.GET(Uri.create(baseUrl + "/" + operation).query(query.get()).toString()),
        parse);
  }

  /** The body is built before anything is sent, so a write the API would refuse never leaves. */
  private CompletionStage<Done> post(String operation, String sysSn, Supplier<ObjectNode> body) {
    return call(
        operation,
        () -> {
          serial(sysSn);
          return HttpRequest.POST(baseUrl + "/" + operation)
              .withEntity(
                  HttpEntities.create(ContentTypes.APPLICATION_JSON, body.get().toString()));
        },
        (reader, data) -> Done.getInstance());
  }

  /**
   * Builds, signs and sends the request and reads the answer. Nothing here throws: every problem, a
   * bad argument included, fails the stage with the exception itself, never wrapped, so callers
   * (and asynchronous retries) can rely on the stage and test the exception's type directly.
   */
  private <T> CompletionStage<T> call(
      String operation, Supplier<HttpRequest> build, BiFunction<DataReader, JsonNode, T> parse) {
    HttpRequest request;
    try {
      request = signed(build.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    // The timeout completes a future of its own: completing the read chain itself would skip
    // reading the body of a late response, leaving the pooled connection stuck.
    CompletableFuture<T> timed = new CompletableFuture<>();
    CompletableFuture<T> result = new CompletableFuture<>();
    timed.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(failure(operation, error));
          }
        });
    try {
      http.singleRequest(request, http.defaultClientHttpsContext(), poolSettings, poolLog)
          .thenCompose(response -> readBody(operation, response, parse))
          .whenComplete(
              (value, error) -> {
                if (error == null) {
                  timed.complete(value);
                } else {
                  timed.completeExceptionally(error);
                }
              });
      timed.orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RuntimeException e) {
      timed.completeExceptionally(e);
    }
    return result;
  }

  private HttpRequest signed(HttpRequest request) {
    RequestSigner.SignedHeaders headers = signer.sign();
    return request
        .addHeader(RawHeader.create("appId", headers.appId()))
        .addHeader(RawHeader.create("timeStamp", headers.timeStamp()))
        .addHeader(RawHeader.create("sign", headers.sign()));
  }

  private <T> CompletionStage<T> readBody(
      String operation, HttpResponse response, BiFunction<DataReader, JsonNode, T> parse) {
    return response
        .entity()
        .toStrict(requestTimeout.toMillis(), materializer)
        .thenApply(
            strict -> {
              int status = response.status().intValue();
              LOG.atDebug()
                  .setMessage("Alpha API answered")
                  .addKeyValue("event", "alpha.call")
                  .addKeyValue("operation", operation)
                  .addKeyValue("http_status", status)
                  .log();
              return ResponseClassifier.read(
                  operation, status, response.status().reason(), strict.getData().toArray(), parse);
            });
  }

  /**
   * What is left once answers are classified: timeouts and transport failures (I/O, TLS), which may
   * succeed if tried again.
   */
  private AlphaApiException failure(String operation, Throwable error) {
    Throwable cause =
        error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    if (cause instanceof AlphaApiException known) {
      return known;
    }
    String message =
        cause instanceof TimeoutException
            ? "no complete answer within " + requestTimeout.toMillis() + " ms"
            : "the request failed: " + cause.getClass().getSimpleName();
    return new AlphaApiException.Transient(Problem.local(operation, message), cause);
  }

  @Override
  public String toString() {
    return "HttpAlphaClient[" + baseUrl + ", " + signer + "]";
  }
}
