package dev.alphaoctopus.octopus;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static dev.alphaoctopus.octopus.KrakenStub.PATH;
import static dev.alphaoctopus.octopus.KrakenStub.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.pekko.actor.typed.ActorSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every call answers with a stage that fails only with an {@link OctopusException}. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HttpOctopusClientStageTest {

  private static final ActorSystem<Void> system = KrakenStub.actorSystem("");

  @RegisterExtension static final WireMockExtension kraken = KrakenStub.wireMock();

  @AfterAll
  static void shutDown() {
    KrakenStub.shutDown(system);
  }

  private HttpOctopusClient client() {
    return KrakenStub.client(system, kraken.getPort());
  }

  static Stream<Arguments> callsWithANullArgument() {
    return Stream.of(
        call("obtainToken", client -> client.obtainToken(null)),
        call("refreshToken", client -> client.refreshToken(null)),
        call("plannedDispatches", client -> client.plannedDispatches(null, "device")),
        call("liveElectricVehicles", client -> client.liveElectricVehicles(null, "A-1")));
  }

  private static Arguments call(String name, Function<HttpOctopusClient, CompletionStage<?>> call) {
    return Arguments.of(name, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("callsWithANullArgument")
  void a_call_that_cannot_be_made_fails_its_stage_instead_of_throwing(
      String name, Function<HttpOctopusClient, CompletionStage<?>> call) {
    Throwable failure = failureOf(call.apply(client()));

    assertThat(failure)
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessage("the call could not be made: java.lang.NullPointerException")
        .hasNoCause();
    assertThat(((OctopusException) failure).code()).isEqualTo("INVALID_CALL");
  }

  @Test
  void a_reader_that_throws_fails_the_stage_as_unreadable_naming_only_the_exception_class() {
    kraken.stubFor(post(PATH).willReturn(okJson("{\"data\": {\"anything\": \"quoted-data\"}}")));

    Throwable failure =
        failureOf(
            client()
                .call(
                    "anything",
                    "query { anything }",
                    JsonNodeFactory.instance.objectNode(),
                    Optional.empty(),
                    "secret",
                    data -> {
                      throw new IllegalStateException("cannot use " + data, new Exception("x"));
                    }));

    assertThat(failure)
        .isExactlyInstanceOf(MalformedResponseException.class)
        .hasMessage("the answer could not be read: java.lang.IllegalStateException")
        .hasNoCause();
    assertThat(((OctopusException) failure).code()).isEqualTo("UNREADABLE");
  }
}
